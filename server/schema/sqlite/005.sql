-- Schema 5: pushes per user and minute, for the push rate limit (docs/operations.md). In the
-- database, like the login failures, so that every server sharing the store counts together.
-- One row per user and window rather than one per push keeps the cost to one upsert; rows of
-- past windows are deleted as new windows start.

CREATE TABLE push_counts (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    window_start INTEGER NOT NULL, -- seconds since the epoch, a multiple of the window
    pushes INTEGER NOT NULL,
    PRIMARY KEY (user_id, window_start)
);
