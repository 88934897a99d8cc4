import Database from 'better-sqlite3';
import { expect, onTestFinished } from 'vitest';
import { migrate } from './index';

/** When fixture rows were written, for columns that need a time. */
export const NOW = '2025-03-01T00:00:00.000Z';

/** An empty in-memory database, foreign keys on as the app has them, closed when the test ends. */
export function memory(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  onTestFinished(() => {
    db.close();
  });
  return db;
}

/**
 * A data file as version 4 of the app left it (before the application id), with one person,
 * closed, for the tests of opening and of the backup taken before migrating it.
 */
export function writeVersion4File(file: string): void {
  const old = new Database(file);
  migrate(old, 4);
  old
    .prepare(
      `INSERT INTO people (id, full_name, given_name, sort_key, order_key, search_text, created_at, updated_at)
       VALUES ('p1', 'Lê Văn Tám', 'Tám', 'k', 'k', 'le van tam', ?, ?)`,
    )
    .run(NOW, NOW);
  old.close();
}

/** A database at schema `version`, to insert fixture rows into before the next migration. */
export function databaseAt(version: number): Database.Database {
  const db = memory();
  expect(migrate(db, version)).toBe(version);
  return db;
}

interface TableInfo {
  schema: string;
  name: string;
  type: string;
  strict: number;
}

/** The database's own tables, without SQLite's internal ones. */
export function tables(db: Database.Database): TableInfo[] {
  return (db.pragma('table_list') as TableInfo[]).filter(
    (t) => t.schema === 'main' && !t.name.startsWith('sqlite_'),
  );
}

export function schemaDump(db: Database.Database): unknown[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all();
}

/** The tables the latest schema holds, besides the full-text index. */
export const APP_TABLES = [
  'agenda_items',
  'attendance_events',
  'center_meetings',
  'clock_heartbeat',
  'incidents',
  'invitees',
  'meetings',
  'note_versions',
  'notes',
  'people',
  'position_rules',
  'profile',
  'protocol_groups',
  'report_revisions',
  'search_docs',
  'speech_events',
  'speeches',
  'sync_outbox',
  'sync_settings',
];
