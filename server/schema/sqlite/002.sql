-- Schema 2: lecture media (docs/media.md). Which clip plays each lecture, and the clip's
-- manifest as it was imported, so the media route answers from the database alone and a
-- failed import leaves both as they were.

CREATE TABLE media_clips (
    clip_id TEXT PRIMARY KEY, -- the folder name under DATA/media/clips
    manifest TEXT NOT NULL, -- the clip's manifest.json, compact JSON
    imported_at TEXT NOT NULL
);

-- Every lecture of the imported courses, so the media route can tell "no such lecture" from
-- "no video yet". clip_id is NULL until an import with --media gives the lecture a clip.
CREATE TABLE lectures (
    id TEXT PRIMARY KEY,
    course_code TEXT NOT NULL REFERENCES courses(code) ON DELETE CASCADE,
    clip_id TEXT REFERENCES media_clips(clip_id)
);
CREATE INDEX lectures_by_course ON lectures(course_code);
CREATE INDEX lectures_by_clip ON lectures(clip_id);

-- Schema 1 kept one quiz row per lecture, so it already names every imported lecture.
INSERT INTO lectures (id, course_code) SELECT lecture_id, course_code FROM quizzes;
