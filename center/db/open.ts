import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrateToLatest } from './migrations';
import type { CenterDatabase, CenterTables } from './schema';

export interface OpenOptions {
  /** PostgreSQL connection URL; when absent the center uses SQLite at `dataFile`. */
  databaseUrl?: string | undefined;
  dataFile?: string | undefined;
  /** PostgreSQL schema to use (created if missing): tests give each run its own. */
  pgSchema?: string | undefined;
  /** Pool size per process on PostgreSQL. */
  poolSize?: number;
}

export const DEFAULT_DATA_FILE = path.join('.data', 'center.sqlite');

/** Where the center keeps its data, from the environment (DATABASE_URL, DIEMCAU_CENTER_DATA). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataFile: env.DIEMCAU_CENTER_DATA || DEFAULT_DATA_FILE,
  };
}

/** Opens the center's database and brings its schema up to date. */
export async function openCenterDatabase(options: OpenOptions): Promise<CenterDatabase> {
  if (options.databaseUrl) {
    const schema = options.pgSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`invalid PostgreSQL schema name: ${schema}`);
    }
    if (schema) {
      const admin = new pg.Client({ connectionString: options.databaseUrl });
      await admin.connect();
      try {
        await admin.query(`create schema if not exists ${schema}`);
      } finally {
        await admin.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const db = new Kysely<CenterTables>({ dialect: new PostgresDialect({ pool }) });
    await migrateToLatest(db as Kysely<unknown>, 'postgres');
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = options.dataFile ?? DEFAULT_DATA_FILE;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets the dashboard read while a report is written; FULL makes a receipt mean durable.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<CenterTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
