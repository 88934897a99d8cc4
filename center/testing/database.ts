import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openCenterDatabase } from '../db/open';
import type { CenterDatabase } from '../db/schema';

/**
 * A fresh, empty center database for one test: SQLite in a temp folder, or, when
 * DIEMCAU_TEST_PG holds a PostgreSQL URL, a schema of its own that is dropped afterwards.
 */
export interface TestDatabase extends CenterDatabase {
  /** Opens a second handle on the same data (a second center process). */
  reopen(): Promise<CenterDatabase>;
  dispose(): Promise<void>;
}

export const TEST_PG_URL = process.env.DIEMCAU_TEST_PG || undefined;

/** The dialects the integration tests run on: SQLite always, PostgreSQL when configured. */
export const TEST_DIALECTS: Array<'sqlite' | 'postgres'> = TEST_PG_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export async function openTestDatabase(dialect: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (dialect === 'postgres') {
    if (!TEST_PG_URL) throw new Error('DIEMCAU_TEST_PG is not set');
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    return withReopen(
      () => openCenterDatabase({ databaseUrl: TEST_PG_URL, pgSchema: schema }),
      async () => {
        const client = new pg.Client({ connectionString: TEST_PG_URL });
        await client.connect();
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      },
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-center-'));
  const dataFile = path.join(dir, 'center.sqlite');
  return withReopen(
    () => openCenterDatabase({ dataFile }),
    () => fs.rmSync(dir, { recursive: true, force: true }),
  );
}

/** The first handle from `open`, which can open more; disposing closes it, then removes the data. */
async function withReopen(
  open: () => Promise<CenterDatabase>,
  removeData: () => void | Promise<void>,
): Promise<TestDatabase> {
  const handle = await open();
  return {
    ...handle,
    reopen: open,
    async dispose() {
      await handle.close();
      await removeData();
    },
  };
}
