-- Schema 4 for PostgreSQL: failed logins for the login rate limit, as sqlite/004.sql.

CREATE TABLE login_failures (
    username TEXT COLLATE "C" NOT NULL,
    address TEXT COLLATE "C" NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX login_failures_by_username ON login_failures(username, failed_at);
CREATE INDEX login_failures_by_address ON login_failures(address, failed_at);
CREATE INDEX login_failures_by_time ON login_failures(failed_at);
