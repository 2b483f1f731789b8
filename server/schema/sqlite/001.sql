-- Schema 1: the catalog as imported, the accounts, and the catalog change feed.
-- Applied by ServerStore in one transaction; PRAGMA user_version records it.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE programmes (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    data TEXT NOT NULL, -- codec::toJson(Programme), compact JSON
    updated_at TEXT NOT NULL
);

CREATE TABLE courses (
    code TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'draft')),
    data TEXT NOT NULL, -- codec::toJson(Course) with the quiz summaries
    updated_at TEXT NOT NULL
);
CREATE INDEX courses_by_programme ON courses(programme_id);

-- One quiz per lecture; a pool file shared by several lectures is stored once per lecture.
CREATE TABLE quizzes (
    lecture_id TEXT PRIMARY KEY,
    course_code TEXT NOT NULL REFERENCES courses(code) ON DELETE CASCADE,
    title TEXT NOT NULL,
    questions TEXT NOT NULL -- JSON array, see server/questionjson.cpp
);
CREATE INDEX quizzes_by_course ON quizzes(course_code);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('learner', 'faculty')),
    password_hash TEXT NOT NULL, -- crypto_pwhash_str (argon2id), never the password
    created_at TEXT NOT NULL
);

CREATE TABLE enrolments (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('learner', 'faculty'))
);

CREATE TABLE elective_choices (
    user_id INTEGER NOT NULL REFERENCES enrolments(user_id) ON DELETE CASCADE,
    slot_id TEXT NOT NULL,
    course_code TEXT NOT NULL,
    PRIMARY KEY (user_id, slot_id)
);

-- No foreign key to courses: a course removed by an import stays on its teacher's list
-- until the enrolment is edited, like any other reference a person has to fix.
CREATE TABLE teaching (
    user_id INTEGER NOT NULL REFERENCES enrolments(user_id) ON DELETE CASCADE,
    course_code TEXT NOT NULL,
    PRIMARY KEY (user_id, course_code)
);

-- Bearer tokens, stored only as their SHA-256 so a copy of the database logs nobody in.
CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL -- seconds since the epoch, UTC
);
CREATE INDEX sessions_by_user ON sessions(user_id);

-- The catalog change feed: one row per entity holding its latest state. AUTOINCREMENT keeps
-- seq growing even after rows are deleted, so a client cursor never points into reused seqs.
-- No foreign keys: tombstones outlive the entities they describe.
CREATE TABLE catalog_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('programme', 'course', 'enrolment')),
    entity_id TEXT NOT NULL, -- programme id, course code or username
    programme_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    course_status TEXT, -- courses only, so the feed can hide drafts without parsing data
    data TEXT, -- compact JSON in the wire format; NULL for deletions
    changed_at TEXT NOT NULL,
    UNIQUE (kind, entity_id)
);
CREATE INDEX catalog_changes_by_programme ON catalog_changes(programme_id, seq);
