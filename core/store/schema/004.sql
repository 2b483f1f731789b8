-- Client schema 4: quizzes for offline attempts, the attempts themselves, and what the server
-- refused. Keyed by lecture id without a foreign key to the catalog, like lecture_progress: a
-- sync replaces courses wholesale, and a learner's attempts must outlive that.
-- questions_json is the question list exactly as the quiz route sent it: for a learner that is
-- the protected form (exact answers as salted hashes), never a decoded plain key.
CREATE TABLE quiz (
    lecture_id TEXT PRIMARY KEY,
    course_code TEXT NOT NULL,
    title TEXT NOT NULL,
    version TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    questions_json TEXT NOT NULL,
    has_plain_key INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT NOT NULL
);
CREATE INDEX quiz_by_course ON quiz(course_code);
-- One row per attempt made on this device, or pulled from another device of the same learner
-- (those have only the server's result). Responses are in the quiz's original order; the
-- orders are what this attempt showed. provisional_json is the grade made offline,
-- confirmed_json the server's result (or the rejection) that replaces it on screen.
CREATE TABLE quiz_attempt (
    attempt_id TEXT PRIMARY KEY,
    lecture_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'submitted')),
    started_at TEXT NOT NULL,
    deadline TEXT,
    finished_at TEXT,
    seed INTEGER NOT NULL DEFAULT 0,
    question_order_json TEXT NOT NULL DEFAULT '[]',
    answer_orders_json TEXT NOT NULL DEFAULT '[]',
    responses_json TEXT NOT NULL DEFAULT '[]',
    flags_json TEXT NOT NULL DEFAULT '[]',
    current_position INTEGER NOT NULL DEFAULT 0,
    auto_submitted INTEGER NOT NULL DEFAULT 0,
    provisional_json TEXT,
    confirmed_json TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX quiz_attempt_by_lecture ON quiz_attempt(lecture_id, started_at);
-- An event the server rejected can never be applied: it stays (with the reason, for the
-- learner to see) but is never sent again.
ALTER TABLE outbox ADD COLUMN refused_reason TEXT;
ALTER TABLE outbox ADD COLUMN refused_at TEXT;
CREATE INDEX outbox_pending ON outbox(refused_at, id);
-- Pulled viewing merges into lecture_progress (intervals by union, position by the later
-- (position_at, device)); the rows need nothing new. The progress feed's cursor lives in
-- sync_state under 'progress_cursor', the catalog cursor at the last quiz download under
-- 'quiz_catalog_cursor' and its time under 'quiz_fetched_at'.
