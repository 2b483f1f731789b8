-- Schema 2 for PostgreSQL: lecture media, as sqlite/002.sql.

CREATE TABLE media_clips (
    clip_id TEXT COLLATE "C" PRIMARY KEY, -- the folder name under DATA/media/clips
    manifest TEXT COLLATE "C" NOT NULL, -- the clip's manifest.json, compact JSON
    imported_at TEXT COLLATE "C" NOT NULL
);

-- Every lecture of the imported courses; clip_id is NULL until an import with --media.
CREATE TABLE lectures (
    id TEXT COLLATE "C" PRIMARY KEY,
    course_code TEXT COLLATE "C" NOT NULL REFERENCES courses(code) ON DELETE CASCADE,
    clip_id TEXT COLLATE "C" REFERENCES media_clips(clip_id)
);
CREATE INDEX lectures_by_course ON lectures(course_code);
CREATE INDEX lectures_by_clip ON lectures(clip_id);

INSERT INTO lectures (id, course_code) SELECT lecture_id, course_code FROM quizzes;
