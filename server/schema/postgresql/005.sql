-- Schema 5 for PostgreSQL: pushes per user and minute for the push rate limit, as sqlite/005.sql.

CREATE TABLE push_counts (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    window_start BIGINT NOT NULL,
    pushes INTEGER NOT NULL,
    PRIMARY KEY (user_id, window_start)
);
