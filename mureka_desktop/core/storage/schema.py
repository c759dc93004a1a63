"""The store's schema as a list of migrations: entry ``n`` takes a database from version ``n``
to ``n + 1`` (``PRAGMA user_version``). Append new ones at the end; never edit an old one."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the queue
    """
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        song_id TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        title TEXT,
        video_id TEXT,
        video_url TEXT,
        cover_url TEXT,
        video_path TEXT,
        cover_path TEXT,
        generation_started_at REAL,
        added_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        finished_at REAL
    );
    CREATE INDEX items_state_position ON items(state, position);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: reuse look-ups, regeneration, back-off and download progress
    """
    ALTER TABLE items ADD COLUMN model TEXT;
    ALTER TABLE items ADD COLUMN checked INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN regenerate INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN prev_video_id TEXT;
    ALTER TABLE items ADD COLUMN bytes_done INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN bytes_total INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN not_before REAL NOT NULL DEFAULT 0;
    """,
    # 3: a song's identity is its number (two spellings of one song were two rows, and two paid
    # generations); finished songs leave the queue view, never the store (cleared_at).
    # Rows of one song are merged into the most advanced one (done, with its files, first),
    # keeping the string form of the id (it routes the call to the right account), the other
    # rows' title and model, their attempts and the other video id.
    """
    ALTER TABLE items ADD COLUMN song_number TEXT;
    ALTER TABLE items ADD COLUMN cleared_at REAL;
    UPDATE items SET song_number = CASE WHEN instr(song_id, '-song:') > 0
        THEN substr(song_id, instr(song_id, '-song:') + 6) ELSE song_id END;
    CREATE TEMP TABLE merge_keep AS
        SELECT d.song_number AS song_number,
            (SELECT k.id FROM items k WHERE k.song_number = d.song_number
             ORDER BY CASE k.state WHEN 'done' THEN 0 WHEN 'downloading' THEN 1
                      WHEN 'generating' THEN 2 WHEN 'checking' THEN 3 WHEN 'queued' THEN 4
                      WHEN 'failed' THEN 5 ELSE 6 END,
                      k.video_path IS NULL, k.id LIMIT 1) AS keep_id,
            (SELECT f.song_id FROM items f WHERE f.song_number = d.song_number
             AND f.song_id LIKE 'user:%' ORDER BY f.id LIMIT 1) AS full_id
        FROM items d GROUP BY d.song_number HAVING COUNT(*) > 1;
    UPDATE items SET
        title = COALESCE(title, (SELECT o.title FROM items o
            WHERE o.song_number = items.song_number AND o.title IS NOT NULL LIMIT 1)),
        model = COALESCE(model, (SELECT o.model FROM items o
            WHERE o.song_number = items.song_number AND o.model IS NOT NULL LIMIT 1)),
        prev_video_id = COALESCE(prev_video_id, (SELECT o.video_id FROM items o
            WHERE o.song_number = items.song_number AND o.id <> items.id
            AND o.video_id IS NOT NULL AND o.video_id IS NOT items.video_id
            ORDER BY o.id DESC LIMIT 1)),
        attempts = (SELECT SUM(o.attempts) FROM items o WHERE o.song_number = items.song_number),
        position = (SELECT MIN(o.position) FROM items o WHERE o.song_number = items.song_number),
        added_at = (SELECT MIN(o.added_at) FROM items o WHERE o.song_number = items.song_number)
        WHERE id IN (SELECT keep_id FROM merge_keep);
    DELETE FROM items WHERE song_number IN (SELECT song_number FROM merge_keep)
        AND id NOT IN (SELECT keep_id FROM merge_keep);
    UPDATE items SET song_id = (SELECT full_id FROM merge_keep WHERE keep_id = items.id)
        WHERE id IN (SELECT keep_id FROM merge_keep WHERE full_id IS NOT NULL);
    DROP TABLE merge_keep;
    CREATE UNIQUE INDEX items_song_number ON items(song_number)
    """,
    # 4: the journal of .part files a download may resume (downloads.py, part_files.py)
    """
    CREATE TABLE part_files (
        path TEXT PRIMARY KEY,
        total INTEGER NOT NULL,
        validator TEXT NOT NULL,
        started_at REAL NOT NULL
    );
    """,
    # 5: the library: every video delivered, one row per video (a song has many: its
    # regenerations); the review state lives on the video. Done songs with a file become
    # their first video.
    """
    CREATE TABLE videos (
        id INTEGER PRIMARY KEY,
        song_number TEXT NOT NULL,
        song_id TEXT NOT NULL,
        video_id TEXT,
        title TEXT,
        model TEXT,
        video_url TEXT,
        cover_url TEXT,
        video_path TEXT,
        cover_path TEXT,
        size INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        flag TEXT NOT NULL DEFAULT '' CHECK (flag IN ('', 'picked', 'rejected')),
        rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
        note TEXT NOT NULL DEFAULT '',
        seen INTEGER NOT NULL DEFAULT 0,
        reviewed_at REAL
    );
    CREATE INDEX videos_song ON videos(song_number);
    CREATE UNIQUE INDEX videos_path ON videos(video_path);
    INSERT INTO videos(song_number, song_id, video_id, title, model, video_url, cover_url,
                       video_path, cover_path, size, created_at)
        SELECT song_number, song_id, video_id, title, model, video_url, cover_url, video_path,
               cover_path, 0, COALESCE(finished_at, updated_at)
        FROM items WHERE state = 'done' AND video_path IS NOT NULL ORDER BY position
    """,
    # 6: what a song's free look-up told of it beyond the queue's columns: its lyrics, shown
    # in the library's detail pane and searched by its text filter (one row per song, shared
    # by every version of it).
    """
    CREATE TABLE song_lyrics (
        song_number TEXT PRIMARY KEY,
        lyrics TEXT NOT NULL,
        updated_at REAL NOT NULL
    )
    """,
    # 7: files that move: the content hashes recorded once a video is downloaded (Locate and
    # Import folder recognise a video by them) and when its files went to the system trash
    """
    ALTER TABLE videos ADD COLUMN sha256 TEXT;
    ALTER TABLE videos ADD COLUMN cover_sha256 TEXT;
    ALTER TABLE videos ADD COLUMN trashed_at REAL;
    CREATE INDEX videos_sha256 ON videos(sha256)
    """,
    # 8: a video's duration, read from its file's MP4 header (off the GUI thread) when it is
    # downloaded or imported, so the library shows it for every video without opening it
    """
    ALTER TABLE videos ADD COLUMN duration_ms INTEGER
    """,
    # 9: the journal of file jobs (core/file_jobs): a job (rename, trash, export, import,
    # locate) and its units, one per video (its file and cover together, from -> to), written
    # before a file is touched; a unit's outcome is recorded in the transaction that changes
    # its video's row. Any start rolls an unfinished job forward or back from what the disk
    # shows (file_jobs/recovery.py).
    """
    CREATE TABLE file_jobs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        started_at REAL NOT NULL,
        ended_at REAL,
        outcome TEXT
    );
    CREATE TABLE file_units (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES file_jobs(id),
        video_id INTEGER,
        video_from TEXT,
        video_to TEXT,
        cover_from TEXT,
        cover_to TEXT,
        payload TEXT,
        state TEXT NOT NULL DEFAULT 'planned'
            CHECK (state IN ('planned', 'done', 'failed', 'undone')),
        note TEXT
    );
    CREATE INDEX file_units_job ON file_units(job_id, state)
    """,
]
