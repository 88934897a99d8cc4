import type Database from 'better-sqlite3';

/**
 * The speakers' log. `speech_events` is the record (rows are never updated or deleted);
 * `speeches` is the state those events leave, written in the same transaction, so a list is
 * read without replaying. A move rewrites only its speech's `order_key` (a fractional key).
 * Agenda items gain a default time per speech. `clock_heartbeat` remembers the wall clock
 * against the machine's uptime, so a clock changed while the app was closed is noticed too.
 */
export function up(db: Database.Database): void {
  db.exec(`
    ALTER TABLE agenda_items ADD COLUMN speech_minutes INTEGER;

    CREATE TABLE speeches (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
      order_key TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN
        ('queued', 'sent', 'called', 'speaking', 'paused', 'spoke', 'not_called', 'withdrawn')),
      speaker_person_id TEXT REFERENCES people(id),
      speaker_invitee_id TEXT REFERENCES invitees(id),
      speaker_name TEXT NOT NULL,
      speaker_position TEXT NOT NULL DEFAULT '',
      origin_kind TEXT NOT NULL CHECK (origin_kind IN ('center', 'local', 'point')),
      origin_province_code TEXT,
      origin_name TEXT NOT NULL DEFAULT '',
      topic TEXT NOT NULL DEFAULT '',
      allotted_seconds INTEGER CHECK (allotted_seconds IS NULL OR allotted_seconds > 0),
      readded_from TEXT REFERENCES speeches(id),
      attachment_name TEXT,
      attachment_file TEXT,
      trail TEXT NOT NULL,
      segments TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      removed_at TEXT
    ) STRICT;
    CREATE INDEX speeches_by_meeting ON speeches(meeting_id, order_key) WHERE removed_at IS NULL;

    CREATE TABLE speech_events (
      id INTEGER PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      speech_id TEXT NOT NULL REFERENCES speeches(id),
      kind TEXT NOT NULL,
      at INTEGER NOT NULL,
      data TEXT NOT NULL DEFAULT '{}',
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX speech_events_by_meeting ON speech_events(meeting_id, id);

    CREATE TABLE clock_heartbeat (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      boot_id TEXT NOT NULL,
      wall_ms INTEGER NOT NULL,
      uptime_ms INTEGER NOT NULL
    ) STRICT;
  `);
}
