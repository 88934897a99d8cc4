import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { receiptSchema } from '../shared/protocol/receipt';
import { API_ROUTES } from '../shared/protocol/routes';
import { openCenterDatabase } from './db/open';
import { addPoint } from './points';
import { TEST_DIALECTS, TEST_PG_URL } from './testing/database';
import { post, SimulatedPoint } from './testing/point';

/**
 * Two real center processes (`center/main.ts serve`, as `npm run center` starts it) on one
 * database: the state they share is the database's, and a revision sent to both at once is
 * stored once. One of them is then killed outright and the other still answers for it.
 */
const root = path.resolve(__dirname, '..');

function startCenter(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  // One process per center (node with tsx's loader, no wrapper), so a kill reaches the server.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'center/main.ts', 'serve', '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /center listening on (http:\/\/[^\s]+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`center exited (${code}): ${out}`)));
  });
}

describe.each(TEST_DIALECTS)('two center processes on one %s database', (dialect) => {
  const children: ChildProcess[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    for (const f of cleanups.splice(0)) await f();
  });

  it('stores one copy of a revision sent to both at once, and survive one being killed', async () => {
    let env: NodeJS.ProcessEnv;
    let options: Parameters<typeof openCenterDatabase>[0];
    if (dialect === 'postgres') {
      const schema = `p_${crypto.randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: TEST_PG_URL });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(TEST_PG_URL!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      env = { DATABASE_URL: url.toString() };
      options = { databaseUrl: TEST_PG_URL, pgSchema: schema };
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: TEST_PG_URL });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      });
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-procs-'));
      env = { DIEMCAU_CENTER_DATA: path.join(dir, 'center.sqlite'), DATABASE_URL: '' };
      options = { dataFile: env.DIEMCAU_CENTER_DATA };
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    }
    const database = await openCenterDatabase(options);
    cleanups.unshift(() => database.close());
    const { secret } = await addPoint(database.db, 'DL-01', 'Đắk Lắk');

    const [a, b] = await Promise.all([startCenter(env), startCenter(env)]);
    children.push(a.child, b.child);
    const point = new SimulatedPoint(a.url, 'DL-01');
    expect((await point.enrol(secret)).status).toBe(200);

    const signed = point.sign(point.payload());
    const answers = await Promise.all(
      [a.url, b.url, a.url, b.url].map((u) =>
        post(`${u}${API_ROUTES.reports}`, signed, point.token),
      ),
    );
    const receipts = await Promise.all(
      answers.map(async (r) => receiptSchema.parse(await r.json())),
    );
    expect(receipts.map((r) => r.outcome).sort()).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'stored',
    ]);
    expect(new Set(receipts.map((r) => r.storedAt)).size).toBe(1);

    a.child.kill('SIGKILL');
    await new Promise((resolve) => a.child.once('exit', resolve));
    await expect(fetch(`${a.url}${API_ROUTES.health}`)).rejects.toThrow();
    const again = receiptSchema.parse(
      await (await post(`${b.url}${API_ROUTES.reports}`, signed, point.token)).json(),
    );
    expect(again).toEqual({
      ...receipts.find((r) => r.outcome === 'stored'),
      outcome: 'duplicate',
    });
    const count = await database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  }, 60_000);
});
