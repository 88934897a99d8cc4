import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from './index';
import { APP_TABLES, memory, schemaDump, tables } from './testing';

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
  it('brings a new database to LATEST_VERSION', () => {
    const db = memory();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
  });

  it('reaches the same schema one version at a time as in one run, and never goes back down', () => {
    const stepwise = memory();
    for (const m of MIGRATIONS) expect(migrate(stepwise, m.version)).toBe(m.version);
    const direct = memory();
    migrate(direct);
    expect(schemaDump(stepwise)).toEqual(schemaDump(direct));
    expect(migrate(stepwise, 1)).toBe(LATEST_VERSION);
  });

  it('creates every application table as STRICT', () => {
    const db = memory();
    migrate(db);
    const plain = tables(db).filter((t) => t.type === 'table');
    expect(plain.map((t) => t.name).sort()).toEqual(APP_TABLES);
    for (const t of plain)
      expect({ name: t.name, strict: t.strict }).toEqual({ name: t.name, strict: 1 });
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
