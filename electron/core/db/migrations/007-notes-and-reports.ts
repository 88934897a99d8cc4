import type Database from 'better-sqlite3';

/**
 * Notes, incidents and the summary report.
 * - `notes` holds each note's current text; `note_versions` every saved text (never updated),
 *   so any version can be restored and a kill between two saves loses nothing acknowledged.
 * - `report_revisions` are never edited: triggers refuse any change but the one-time
 *   finalization stamp, and any delete, so a finalized report cannot be altered by any code.
 * - `search_fts` indexes folded text (the directory's folding) of notes and the latest report
 *   revision; `search_docs` says what each indexed row is.
 */
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      kind TEXT NOT NULL CHECK (kind IN ('opinion', 'conclusion', 'recommendation', 'task', 'general')),
      body TEXT NOT NULL DEFAULT '',
      agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
      speech_id TEXT REFERENCES speeches(id),
      task_owner TEXT NOT NULL DEFAULT '',
      task_deadline TEXT,
      taken_at TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      removed_at TEXT
    ) STRICT;
    CREATE INDEX notes_by_meeting ON notes(meeting_id, taken_at) WHERE removed_at IS NULL;

    CREATE TABLE note_versions (
      note_id TEXT NOT NULL REFERENCES notes(id),
      version INTEGER NOT NULL,
      kind TEXT NOT NULL,
      body TEXT NOT NULL,
      agenda_item_id TEXT,
      speech_id TEXT,
      task_owner TEXT NOT NULL,
      task_deadline TEXT,
      saved_at TEXT NOT NULL,
      restored_from INTEGER,
      PRIMARY KEY (note_id, version)
    ) STRICT;
    CREATE TRIGGER note_versions_kept BEFORE UPDATE ON note_versions
      BEGIN SELECT RAISE(ABORT, 'note versions are never edited'); END;

    CREATE TABLE incidents (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      kind TEXT NOT NULL CHECK (kind IN ('sound', 'picture', 'unstable', 'backup_line', 'other')),
      started_at TEXT NOT NULL,
      ended_at TEXT CHECK (ended_at IS NULL OR ended_at >= started_at),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      removed_at TEXT
    ) STRICT;
    CREATE INDEX incidents_by_meeting ON incidents(meeting_id, started_at) WHERE removed_at IS NULL;

    CREATE TABLE report_revisions (
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      revision INTEGER NOT NULL CHECK (revision >= 1),
      content TEXT NOT NULL,
      saved_at TEXT NOT NULL,
      saved_by TEXT NOT NULL,
      finalized_at TEXT,
      finalized_by TEXT,
      PRIMARY KEY (meeting_id, revision)
    ) STRICT;
    CREATE TRIGGER report_revisions_kept BEFORE UPDATE OF meeting_id, revision, content, saved_at, saved_by
      ON report_revisions
      BEGIN SELECT RAISE(ABORT, 'report revisions are never edited'); END;
    CREATE TRIGGER report_revisions_finalized_once BEFORE UPDATE OF finalized_at, finalized_by
      ON report_revisions WHEN OLD.finalized_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'a finalized report revision is frozen'); END;
    CREATE TRIGGER report_revisions_not_deleted BEFORE DELETE ON report_revisions
      BEGIN SELECT RAISE(ABORT, 'report revisions are never deleted'); END;

    CREATE TABLE search_docs (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL CHECK (source IN ('note', 'report')),
      ref_id TEXT NOT NULL,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      UNIQUE (source, ref_id)
    ) STRICT;
    CREATE VIRTUAL TABLE search_fts USING fts5(folded, tokenize = 'unicode61', prefix = '1 2 3');
  `);
}
