import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import defaults from '../../../../resources/protocol-groups.json';
import { AppError } from '../../../../shared/api/errors';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from './index';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function memory(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  open.push(db);
  return db;
}

interface TableInfo {
  schema: string;
  name: string;
  type: string;
  strict: number;
}

function tables(db: Database.Database): TableInfo[] {
  return (db.pragma('table_list') as TableInfo[]).filter(
    (t) => t.schema === 'main' && !t.name.startsWith('sqlite_'),
  );
}

function schemaDump(db: Database.Database): unknown[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all();
}

const APP_TABLES = [
  'agenda_items',
  'attendance_events',
  'invitees',
  'meetings',
  'people',
  'position_rules',
  'profile',
  'protocol_groups',
];

describe('MIGRATIONS', () => {
  it('are numbered 1..n with no gap, and LATEST_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('have distinct, non-empty names', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('migrate', () => {
  it('migration 1: version 0 → 1 creates the schema and seeds the groups', () => {
    const db = memory();
    expect(migrate(db, 0)).toBe(0);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);

    expect(migrate(db, 1)).toBe(1);
    expect(schemaVersion(db)).toBe(1);
    const names = tables(db).map((t) => t.name);
    for (const t of [...APP_TABLES.filter((t) => t !== 'position_rules'), 'people_fts'])
      expect(names).toContain(t);
    expect(names).not.toContain('position_rules');
    const indexes = (
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
        .all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'invitees_by_meeting',
        'invitees_once_per_meeting',
        'attendance_events_by_invitee',
      ]),
    );
    expect(db.prepare('SELECT count(*) AS n FROM protocol_groups').get()).toEqual({
      n: defaults.groups.length,
    });
  });

  it('migration 2: version 1 → 2 keeps the rows and seeds rules only for groups that exist', () => {
    const db = memory();
    migrate(db, 1);
    const now = '2025-03-01T00:00:00.000Z';
    // The operator removed one default group and added people before upgrading.
    db.prepare("DELETE FROM protocol_groups WHERE id = 'grp-mttq'").run();
    db.prepare(
      `INSERT INTO people (id, full_name, given_name, position, unit, group_id, rank, sort_key,
         order_key, search_text, created_at, updated_at)
       VALUES ('p1', 'Đỗ Trọng Hưng', 'Hưng', 'Bí thư Tỉnh ủy', 'Tỉnh ủy', 'grp-thuong-truc-tu', 1,
         'k', '000020000001k', 'do trong hung', ?, ?)`,
    ).run(now, now);
    expect(migrate(db, 2)).toBe(2);
    expect(db.prepare('SELECT full_name AS n, group_id AS g FROM people').all()).toEqual([
      { n: 'Đỗ Trọng Hưng', g: 'grp-thuong-truc-tu' },
    ]);
    const rules = db
      .prepare('SELECT pattern, group_id AS groupId, rank FROM position_rules ORDER BY sort_order')
      .all() as { pattern: string; groupId: string; rank: number }[];
    expect(rules[0]).toEqual({
      pattern: 'Ủy viên Bộ Chính trị',
      groupId: 'grp-trung-uong',
      rank: 1,
    });
    expect(rules.some((r) => r.pattern === 'Bí thư Tỉnh ủy' && r.rank === 1)).toBe(true);
    expect(rules.some((r) => r.groupId === 'grp-mttq')).toBe(false);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('migration 3: version 2 → 3 keeps invitees and meetings, with no frozen copies yet', () => {
    const db = memory();
    migrate(db, 2);
    const now = '2025-03-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO meetings (id, title, date, start_time, status, created_at, updated_at)
       VALUES ('m1', 'Hội nghị', '2025-03-01', '08:00', 'finalized', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO invitees (id, meeting_id, full_name, given_name, group_id, sort_key, status,
         created_at, updated_at)
       VALUES ('i1', 'm1', 'Lê Văn Tám', 'Tám', 'grp-btv', 'k', 'present', ?, ?)`,
    ).run(now, now);
    expect(migrate(db, 3)).toBe(3);
    expect(
      db.prepare('SELECT full_name, status, group_id, group_name_final FROM invitees').get(),
    ).toEqual({
      full_name: 'Lê Văn Tám',
      status: 'present',
      group_id: 'grp-btv',
      group_name_final: null,
    });
    expect(db.prepare('SELECT title, local_chair_name_final FROM meetings').get()).toEqual({
      title: 'Hội nghị',
      local_chair_name_final: null,
    });
  });

  it('migration 4: version 3 → 4 indexes retired people only, rows intact', () => {
    const db = memory();
    migrate(db, 3);
    const now = '2025-03-01T00:00:00.000Z';
    const insert = db.prepare(
      `INSERT INTO people (id, full_name, given_name, sort_key, order_key, search_text, retired_at,
         created_at, updated_at)
       VALUES (?, ?, 'x', 'k', 'k', 'x', ?, ?, ?)`,
    );
    insert.run('p1', 'Lê Văn Tám', null, now, now);
    insert.run('p2', 'Trần Văn Chín', now, now, now);
    expect(migrate(db, 4)).toBe(4);
    expect(db.prepare('SELECT id FROM people ORDER BY id').all()).toEqual([
      { id: 'p1' },
      { id: 'p2' },
    ]);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM people WHERE retired_at IS NOT NULL')
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/people_retired/);
  });

  it('brings a new database to LATEST_VERSION', () => {
    const db = memory();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
  });

  it('creates every application table as STRICT', () => {
    const db = memory();
    migrate(db);
    const plain = tables(db).filter((t) => t.type === 'table');
    expect(plain.map((t) => t.name).sort()).toEqual(APP_TABLES);
    for (const t of plain)
      expect({ name: t.name, strict: t.strict }).toEqual({ name: t.name, strict: 1 });
  });

  it('seeds the default protocol groups in order, spaced by 10', () => {
    const db = memory();
    migrate(db);
    const rows = db
      .prepare('SELECT id, name, sort_order AS sortOrder FROM protocol_groups ORDER BY sort_order')
      .all();
    expect(rows).toEqual(
      defaults.groups.map((g, i) => ({ id: g.id, name: g.name, sortOrder: (i + 1) * 10 })),
    );
  });

  it('declares only foreign keys to tables that exist', () => {
    const db = memory();
    migrate(db);
    const names = new Set(tables(db).map((t) => t.name));
    for (const t of APP_TABLES) {
      for (const fk of db.pragma(`foreign_key_list(${t})`) as { table: string }[]) {
        expect(names, `${t} → ${fk.table}`).toContain(fk.table);
      }
    }
  });

  it('is idempotent: a second run changes nothing', () => {
    const db = memory();
    migrate(db);
    const before = schemaDump(db);
    const groups = db.prepare('SELECT * FROM protocol_groups ORDER BY id').all();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(schemaDump(db)).toEqual(before);
    expect(db.prepare('SELECT * FROM protocol_groups ORDER BY id').all()).toEqual(groups);
  });

  it('applies all pending steps or none: a failing step leaves version 0 and no tables', () => {
    const db = memory();
    // The last table migration 1 creates already exists, so its script fails near the end.
    db.exec('CREATE TABLE attendance_events (x INTEGER)');
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db).map((t) => t.name)).toEqual(['attendance_events']);
  });

  it('refuses a database newer than LATEST_VERSION with DB_NEWER_VERSION, touching nothing', () => {
    const db = memory();
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    let thrown: unknown;
    try {
      migrate(db);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).toJSON()).toMatchObject({
      code: 'DB_NEWER_VERSION',
      details: { found: LATEST_VERSION + 1, supported: LATEST_VERSION },
    });
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
    expect(tables(db)).toEqual([]);
  });
});
