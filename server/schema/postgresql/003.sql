-- Schema 3 for PostgreSQL: quiz settings and answer keys, and each user's progress, as
-- sqlite/003.sql (whose comments say what each column holds). Booleans stay INTEGER 0/1 as in
-- SQLite, so the queries bind the same values on both.

ALTER TABLE quizzes ADD COLUMN settings TEXT COLLATE "C" NOT NULL DEFAULT '{}';
ALTER TABLE quizzes ADD COLUMN version TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE quizzes ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

ALTER TABLE lectures ADD COLUMN duration_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE lectures ADD COLUMN credits_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE courses ADD COLUMN unlock_threshold DOUBLE PRECISION NOT NULL DEFAULT 0.9;

-- Every pushed event the server has answered. The primary key is what makes an event apply
-- at most once across every server process: a second insert of the same id fails.
CREATE TABLE applied_events (
    event_id TEXT COLLATE "C" PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT COLLATE "C" NOT NULL,
    result TEXT COLLATE "C" NOT NULL,
    applied_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE viewing (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lecture_id TEXT COLLATE "C" NOT NULL,
    intervals TEXT COLLATE "C" NOT NULL,
    covered_ms BIGINT NOT NULL,
    position_ms BIGINT NOT NULL,
    position_at TEXT COLLATE "C" NOT NULL,
    position_device TEXT COLLATE "C" NOT NULL,
    unlocked_at TEXT COLLATE "C",
    updated_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (user_id, lecture_id)
);

CREATE TABLE attempts (
    attempt_id TEXT COLLATE "C" PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lecture_id TEXT COLLATE "C" NOT NULL,
    device_id TEXT COLLATE "C" NOT NULL,
    quiz_version TEXT COLLATE "C" NOT NULL,
    started_at TEXT COLLATE "C" NOT NULL,
    finished_at TEXT COLLATE "C" NOT NULL,
    received_at TEXT COLLATE "C" NOT NULL,
    auto_submitted INTEGER NOT NULL,
    responses TEXT COLLATE "C" NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    max_score DOUBLE PRECISION NOT NULL,
    percent DOUBLE PRECISION NOT NULL,
    passed INTEGER NOT NULL,
    review TEXT COLLATE "C" NOT NULL,
    status TEXT COLLATE "C" NOT NULL CHECK (status IN ('counted', 'not_counted', 'refused')),
    reason TEXT COLLATE "C" NOT NULL,
    attempt_number INTEGER NOT NULL,
    provisional TEXT COLLATE "C"
);
CREATE INDEX attempts_by_user_lecture ON attempts(user_id, lecture_id);

-- Each user's progress change feed. The database draws every seq; the writers of one user's
-- rows hold that user's advisory lock until they commit (server/feedlocks.cpp), so rows become
-- visible in seq order and a device's cursor never skips a row committed late.
CREATE TABLE progress_changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('viewing', 'attempt')),
    entity_id TEXT COLLATE "C" NOT NULL,
    changed_at TEXT COLLATE "C" NOT NULL,
    UNIQUE (user_id, kind, entity_id)
);
CREATE INDEX progress_changes_by_user ON progress_changes(user_id, seq);
