-- Client schema 3: lectures downloaded for offline viewing, and the download queue.
-- Keyed by lecture id without a foreign key to the catalog: a sync replaces courses wholesale,
-- and files on disk must stay known (and removable) even when their course is gone.
CREATE TABLE download (
    lecture_id TEXT PRIMARY KEY,
    course_code TEXT NOT NULL,
    week_number INTEGER NOT NULL,
    title TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'active', 'paused', 'done', 'failed')),
    total_bytes INTEGER NOT NULL DEFAULT 0,
    done_bytes INTEGER NOT NULL DEFAULT 0,
    local_dir TEXT NOT NULL,
    media_json TEXT NOT NULL DEFAULT '{}',
    queued_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX download_by_queue ON download(queued_at);
-- One row per file of the lecture's clip, in manifest order. done_bytes is what the last save
-- saw; after a restart the size of PATH.part on disk is what a resumed download appends to.
CREATE TABLE download_file (
    lecture_id TEXT NOT NULL REFERENCES download(lecture_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    done_bytes INTEGER NOT NULL DEFAULT 0,
    verified INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (lecture_id, path)
);
