import type Database from 'better-sqlite3';
import defaults from '../../../../resources/protocol-groups.json';

/** The first schema: profile, protocol groups, directory, meetings, invitees, attendance history. */
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE profile (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      point_name TEXT NOT NULL,
      province_code TEXT NOT NULL,
      province_other TEXT NOT NULL DEFAULT '',
      parent_body TEXT NOT NULL DEFAULT '',
      operator_name TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE protocol_groups (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE people (
      id TEXT PRIMARY KEY,
      full_name TEXT NOT NULL,
      given_name TEXT NOT NULL,
      given_name_custom INTEGER NOT NULL DEFAULT 0 CHECK (given_name_custom IN (0, 1)),
      position TEXT NOT NULL DEFAULT '',
      unit TEXT NOT NULL DEFAULT '',
      group_id TEXT REFERENCES protocol_groups(id),
      rank INTEGER,
      phone TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      sort_key TEXT NOT NULL,
      -- group order, rank and sort_key in one indexable string: the directory's protocol order.
      order_key TEXT NOT NULL,
      search_text TEXT NOT NULL,
      retired_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_by_group ON people(group_id, order_key);
    CREATE INDEX people_in_order ON people(order_key);

    -- Folded name, position, unit and phone; rowid = people.rowid.
    CREATE VIRTUAL TABLE people_fts USING fts5(search_text, tokenize = 'unicode61', prefix = '1 2 3');

    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      center_host TEXT NOT NULL DEFAULT '',
      center_chairs TEXT NOT NULL DEFAULT '[]',
      local_chair_id TEXT REFERENCES people(id),
      date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      end_time TEXT,
      status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'ended', 'finalized')),
      archived_at TEXT,
      cloned_from_id TEXT REFERENCES meetings(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meetings_by_date ON meetings(date, start_time);

    CREATE TABLE agenda_items (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      presenter TEXT NOT NULL DEFAULT '',
      planned_start TEXT,
      duration_minutes INTEGER
    ) STRICT;
    CREATE INDEX agenda_by_meeting ON agenda_items(meeting_id, position);

    CREATE TABLE invitees (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      person_id TEXT REFERENCES people(id),
      walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
      full_name TEXT NOT NULL,
      given_name TEXT NOT NULL,
      position TEXT NOT NULL DEFAULT '',
      unit TEXT NOT NULL DEFAULT '',
      group_id TEXT REFERENCES protocol_groups(id),
      rank INTEGER,
      sort_key TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN
        ('pending', 'present', 'late', 'absent_excused', 'absent', 'substituted', 'left_early')),
      status_at TEXT,
      event_time TEXT,
      reason TEXT NOT NULL DEFAULT '',
      substitute_name TEXT NOT NULL DEFAULT '',
      substitute_position TEXT NOT NULL DEFAULT '',
      removed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX invitees_by_meeting ON invitees(meeting_id);
    CREATE INDEX invitees_by_person ON invitees(person_id);
    CREATE UNIQUE INDEX invitees_once_per_meeting ON invitees(meeting_id, person_id)
      WHERE person_id IS NOT NULL AND removed_at IS NULL;

    -- Every attendance change, never updated or deleted: the meeting's record.
    CREATE TABLE attendance_events (
      id INTEGER PRIMARY KEY,
      invitee_id TEXT NOT NULL REFERENCES invitees(id),
      status TEXT NOT NULL,
      event_time TEXT,
      reason TEXT NOT NULL DEFAULT '',
      substitute_name TEXT NOT NULL DEFAULT '',
      substitute_position TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attendance_events_by_invitee ON attendance_events(invitee_id, id);
  `);

  const insert = db.prepare(
    'INSERT INTO protocol_groups (id, name, sort_order, created_at) VALUES (?, ?, ?, ?)',
  );
  const now = new Date().toISOString();
  defaults.groups.forEach((g, i) => insert.run(g.id, g.name, (i + 1) * 10, now));
}
