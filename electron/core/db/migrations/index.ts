import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import * as m001 from './001-initial';
import * as m002 from './002-position-rules';
import * as m003 from './003-final-snapshots';
import * as m004 from './004-retired-index';
import * as m005 from './005-point-identity';
import * as m006 from './006-speaking-order';
import * as m007 from './007-notes-and-reports';
import * as m008 from './008-directory-search';
import * as m009 from './009-sync';
import * as m010 from './010-clustered-history';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/** In order; a test checks the versions are 1, 2, 3… with no gap. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m001.up },
  { version: 2, name: 'position-rules', up: m002.up },
  { version: 3, name: 'final-snapshots', up: m003.up },
  { version: 4, name: 'retired-index', up: m004.up },
  { version: 5, name: 'point-identity', up: m005.up },
  { version: 6, name: 'speaking-order', up: m006.up },
  { version: 7, name: 'notes-and-reports', up: m007.up },
  { version: 8, name: 'directory-search', up: m008.up },
  { version: 9, name: 'sync', up: m009.up },
  { version: 10, name: 'clustered-history', up: m010.up },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function newerVersionError(found: number): AppError {
  return new AppError(
    'DB_NEWER_VERSION',
    `Database schema ${found} is newer than this app supports (${LATEST_VERSION})`,
    { found, supported: LATEST_VERSION },
  );
}

/** Runs every pending migration up to `target` in one transaction: all or none. */
export function migrate(db: Database.Database, target = LATEST_VERSION): number {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw newerVersionError(current);
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}
