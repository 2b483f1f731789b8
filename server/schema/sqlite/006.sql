-- Schema 6: each quiz's version next to its lecture in an index, so that the server can tell
-- whether a quiz it keeps decoded is still the current one (QuizStore::quiz) without reading
-- the row: its questions come before the version and fill several pages. A push asks this for
-- almost every lecture it touches (docs/performance.md, "Sync: push throughput").

CREATE INDEX quizzes_by_lecture_version ON quizzes(lecture_id, version, course_code, title);
