-- Schema 6 for PostgreSQL: each quiz's version next to its lecture in an index, as
-- sqlite/006.sql.

CREATE INDEX quizzes_by_lecture_version ON quizzes(lecture_id, version, course_code, title);
