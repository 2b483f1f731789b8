-- Client schema 2: measured viewing, resume positions and the sync outbox.
-- Progress is keyed by lecture id without a foreign key: the catalog is replaced course by
-- course on every sync, and a learner's progress must outlive that.
ALTER TABLE lecture ADD COLUMN credits_seconds INTEGER NOT NULL DEFAULT 0;
CREATE TABLE lecture_progress (
    lecture_id TEXT PRIMARY KEY,
    watched_json TEXT NOT NULL DEFAULT '[]',
    position_ms INTEGER NOT NULL DEFAULT 0,
    position_at TEXT,
    position_device TEXT,
    unlocked_at TEXT,
    updated_at TEXT NOT NULL
);
-- Every local action appends an event here in the same transaction; sync pushes them in
-- order and deletes each one the server acknowledged.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    created_at TEXT NOT NULL
);
