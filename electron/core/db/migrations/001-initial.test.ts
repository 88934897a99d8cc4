import { describe, expect, it } from 'vitest';
import defaults from '../../../../resources/protocol-groups.json';
import { migrate, schemaVersion } from './index';
import { APP_TABLES, memory, tables } from './testing';

/** The tables migration 1 creates; later ones add the rest. */
const INITIAL = [
  'agenda_items',
  'attendance_events',
  'invitees',
  'meetings',
  'people',
  'profile',
  'protocol_groups',
];

describe('migration 1, initial', () => {
  it('version 0 → 1 creates the schema and seeds the groups', () => {
    const db = memory();
    expect(migrate(db, 0)).toBe(0);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);

    expect(migrate(db, 1)).toBe(1);
    expect(schemaVersion(db)).toBe(1);
    const names = tables(db).map((t) => t.name);
    for (const t of [...APP_TABLES.filter((t) => INITIAL.includes(t)), 'people_fts'])
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
});
