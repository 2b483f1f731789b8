-- Client schema 5: search over the catalog and the lectures' spoken words (SQLite FTS5), and a
-- local study log for the dashboard's study time chart (docs/search.md).
-- Statements are separated by a semicolon at the end of a line, so a trigger body keeps its
-- inner semicolon on the line of its END.
--
-- Every searchable catalog text is one row of search_entry: a course (code and title, its
-- description) or a lecture (title, objectives, script). search_fts indexes those rows as
-- external content. Triggers on course and lecture keep search_entry in step with the catalog
-- in the same transaction as the catalog write: a sync replaces a course wholesale, and its
-- delete cascades to its lectures, whose delete triggers fire as well.
CREATE TABLE search_entry (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('course', 'lecture')),
    ref TEXT NOT NULL,
    title TEXT NOT NULL,
    objectives TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, ref)
);
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, objectives, body,
    content = 'search_entry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_entry_inserted AFTER INSERT ON search_entry BEGIN
    INSERT INTO search_fts(rowid, title, objectives, body)
    VALUES (new.id, new.title, new.objectives, new.body); END;
CREATE TRIGGER search_entry_deleted AFTER DELETE ON search_entry BEGIN
    INSERT INTO search_fts(search_fts, rowid, title, objectives, body)
    VALUES ('delete', old.id, old.title, old.objectives, old.body); END;
CREATE TRIGGER search_entry_updating BEFORE UPDATE ON search_entry BEGIN
    INSERT INTO search_fts(search_fts, rowid, title, objectives, body)
    VALUES ('delete', old.id, old.title, old.objectives, old.body); END;
CREATE TRIGGER search_entry_updated AFTER UPDATE ON search_entry BEGIN
    INSERT INTO search_fts(rowid, title, objectives, body)
    VALUES (new.id, new.title, new.objectives, new.body); END;
CREATE TRIGGER course_search_inserted AFTER INSERT ON course BEGIN
    INSERT INTO search_entry(kind, ref, title, body)
    VALUES ('course', new.code, new.code || ' ' || new.title, new.description); END;
CREATE TRIGGER course_search_deleted AFTER DELETE ON course BEGIN
    DELETE FROM search_entry WHERE kind = 'course' AND ref = old.code; END;
CREATE TRIGGER course_search_updated AFTER UPDATE OF code, title, description ON course BEGIN
    UPDATE search_entry SET ref = new.code, title = new.code || ' ' || new.title,
        body = new.description WHERE kind = 'course' AND ref = old.code; END;
CREATE TRIGGER lecture_search_inserted AFTER INSERT ON lecture BEGIN
    INSERT INTO search_entry(kind, ref, title, objectives, body)
    VALUES ('lecture', new.id, new.title,
            (SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(new.objectives_json)),
            new.script); END;
CREATE TRIGGER lecture_search_deleted AFTER DELETE ON lecture BEGIN
    DELETE FROM search_entry WHERE kind = 'lecture' AND ref = old.id; END;
CREATE TRIGGER lecture_search_updated AFTER UPDATE OF id, title, objectives_json, script ON lecture
BEGIN
    UPDATE search_entry SET ref = new.id, title = new.title,
        objectives = (SELECT coalesce(group_concat(value, char(10)), '')
                      FROM json_each(new.objectives_json)),
        body = new.script WHERE kind = 'lecture' AND ref = old.id; END;
-- The catalog this database already holds.
INSERT INTO search_entry(kind, ref, title, body)
SELECT 'course', code, code || ' ' || title, description FROM course;
INSERT INTO search_entry(kind, ref, title, objectives, body)
SELECT 'lecture', id, title,
       (SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(objectives_json)), script
FROM lecture;
--
-- Transcripts: the cues of each lecture's WebVTT captions, fetched after a sync (or read from a
-- downloaded copy) by the transcript indexer. Keyed by lecture id without a foreign key, like
-- lecture_progress: a sync replaces courses wholesale, and refetching every transcript of a
-- course each time its catalog entry changes would waste the learner's bandwidth. Searches join
-- the catalog, so cues of lectures no longer there are never shown.
-- transcript has one row per lecture tried: 'indexed' (cue_count may be 0 for a lecture
-- without captions) or 'failed' (tried again at the next sync, with the reason kept).
-- duration_seconds is the catalog's at indexing time: a re-cut lecture is indexed again.
CREATE TABLE transcript (
    lecture_id TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('indexed', 'failed')),
    cue_count INTEGER NOT NULL DEFAULT 0,
    duration_seconds INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE transcript_cue (
    id INTEGER PRIMARY KEY,
    lecture_id TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX transcript_cue_by_lecture ON transcript_cue(lecture_id, start_ms);
CREATE VIRTUAL TABLE transcript_fts USING fts5(
    text,
    content = 'transcript_cue', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER transcript_cue_inserted AFTER INSERT ON transcript_cue BEGIN
    INSERT INTO transcript_fts(rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER transcript_cue_deleted AFTER DELETE ON transcript_cue BEGIN
    INSERT INTO transcript_fts(transcript_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
--
-- Study time: lecture milliseconds played per local day and lecture, added by every saved
-- viewing update on this device (re-watching counts: it is study time, not coverage).
-- lecture_progress keeps only the latest position time, too coarse for a weekly chart.
-- Viewing pulled from the learner's other devices is not in here: the feed carries merged
-- intervals without the times they were played.
CREATE TABLE study_log (
    day TEXT NOT NULL,
    lecture_id TEXT NOT NULL,
    watched_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, lecture_id)
);
-- The log is the learner's, like their progress: it goes when their progress goes (another
-- person logging in on this computer clears lecture_progress).
CREATE TRIGGER study_log_follows_progress AFTER DELETE ON lecture_progress BEGIN
    DELETE FROM study_log WHERE lecture_id = old.lecture_id; END;
