-- Client schema 1: the catalog as the server last sent it, and the sync cursor.
-- Statements are separated by a semicolon at the end of a line.
CREATE TABLE programme (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    institution TEXT NOT NULL,
    total_courses INTEGER NOT NULL,
    total_units REAL NOT NULL
);
CREATE TABLE objective_domain (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    topics_json TEXT NOT NULL
);
CREATE TABLE elective_slot (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    options_json TEXT NOT NULL
);
CREATE TABLE trimester (
    number INTEGER PRIMARY KEY,
    year INTEGER NOT NULL
);
CREATE TABLE trimester_entry (
    trimester_number INTEGER NOT NULL REFERENCES trimester(number) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (trimester_number, position)
);
CREATE TABLE course (
    code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    units REAL NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'draft')),
    description TEXT NOT NULL,
    unlock_threshold REAL NOT NULL,
    domains_json TEXT NOT NULL,
    live_weekday TEXT NOT NULL,
    live_time TEXT NOT NULL,
    live_time_zone TEXT NOT NULL,
    live_duration_minutes INTEGER NOT NULL,
    live_join_url TEXT NOT NULL
);
CREATE TABLE week (
    course_code TEXT NOT NULL REFERENCES course(code) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (course_code, number)
);
CREATE TABLE lecture (
    id TEXT PRIMARY KEY,
    course_code TEXT NOT NULL,
    week_number INTEGER NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL,
    objectives_json TEXT NOT NULL,
    script TEXT NOT NULL,
    quiz_title TEXT NOT NULL,
    quiz_question_count INTEGER NOT NULL,
    FOREIGN KEY (course_code, week_number) REFERENCES week(course_code, number) ON DELETE CASCADE
);
CREATE INDEX lecture_by_week ON lecture(course_code, week_number, position);
CREATE TABLE enrolment (
    programme_id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    role TEXT NOT NULL,
    elective_choices_json TEXT NOT NULL,
    teaching_json TEXT NOT NULL
);
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
