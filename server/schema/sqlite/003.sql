-- Schema 3: quiz settings and answer keys, and each user's progress (docs/quizzes.md,
-- docs/protocol.md). Kept portable to PostgreSQL where that is easy: timestamps are TEXT in
-- ISO 8601 UTC with milliseconds ("2026-11-26T09:00:00.000Z", which sorts as text), JSON is
-- TEXT, and the queries use no SQLite-only functions.

-- What the quiz route serves and the regrade uses. questions becomes a JSON array of
-- codec::toJson(Question, KeyForm::Full), each with its stable key_salt; settings is
-- codec::toJson(QuizSettings), the course's defaults with the lecture's overrides; version is
-- a hash of both; position orders a course's quizzes as its lectures are ordered.
-- Quizzes imported under schema 2 have version '' until the content is imported again.
ALTER TABLE quizzes ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
ALTER TABLE quizzes ADD COLUMN version TEXT NOT NULL DEFAULT '';
ALTER TABLE quizzes ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- What viewing is measured against when the server re-derives a quiz's unlock: the lecture's
-- duration and closing credits (from its clip when it has one) and the course's threshold.
ALTER TABLE lectures ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lectures ADD COLUMN credits_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE courses ADD COLUMN unlock_threshold REAL NOT NULL DEFAULT 0.9;

-- Every pushed event the server has answered, so a resent event is applied at most once and
-- answers as it did the first time. result is the per-event result JSON without the attempt,
-- which is read fresh from attempts. No foreign key to lectures: events outlive content.
CREATE TABLE applied_events (
    event_id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    result TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- One user's viewing of one lecture, merged from every device: watched intervals by union
-- (IntervalSet JSON), the resume position last-writer-wins by (position_at, position_device).
-- unlocked_at is set the first time the intervals reach the unlock threshold and never
-- cleared, so a lecture re-cut longer does not take back a quiz that was open.
CREATE TABLE viewing (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lecture_id TEXT NOT NULL,
    intervals TEXT NOT NULL,
    covered_ms INTEGER NOT NULL,
    position_ms INTEGER NOT NULL,
    position_at TEXT NOT NULL,
    position_device TEXT NOT NULL,
    unlocked_at TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, lecture_id)
);

-- Quiz attempts, immutable by attempt_id except for what the server derives: status,
-- reason and attempt_number. responses is the JSON the client sent (original question order);
-- review is the server's full review (feedback and correct answers), filtered by the quiz's
-- settings each time it is served; provisional is the client's own grade, kept as sent.
CREATE TABLE attempts (
    attempt_id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lecture_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    quiz_version TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    auto_submitted INTEGER NOT NULL,
    responses TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    percent REAL NOT NULL,
    passed INTEGER NOT NULL,
    review TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('counted', 'not_counted', 'refused')),
    reason TEXT NOT NULL,
    attempt_number INTEGER NOT NULL,
    provisional TEXT
);
CREATE INDEX attempts_by_user_lecture ON attempts(user_id, lecture_id);

-- Each user's progress change feed, like catalog_changes: one row per (user, kind, entity)
-- holding its latest seq, so a device with an old cursor pulls the current state once.
-- entity_id is the lecture id for viewing and the attempt id for attempts.
CREATE TABLE progress_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('viewing', 'attempt')),
    entity_id TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    UNIQUE (user_id, kind, entity_id)
);
CREATE INDEX progress_changes_by_user ON progress_changes(user_id, seq);
