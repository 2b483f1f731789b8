-- Schema 4: failed logins, for the login rate limit (docs/operations.md). In the database
-- rather than in a server's memory, so that every server process sharing the store counts the
-- same failures. Rows older than the limit's window are deleted as new failures come in.

CREATE TABLE login_failures (
    username TEXT NOT NULL, -- as typed, at most 200 characters
    address TEXT NOT NULL, -- the client's IP address
    failed_at INTEGER NOT NULL -- seconds since the epoch, UTC
);
CREATE INDEX login_failures_by_username ON login_failures(username, failed_at);
CREATE INDEX login_failures_by_address ON login_failures(address, failed_at);
CREATE INDEX login_failures_by_time ON login_failures(failed_at);
