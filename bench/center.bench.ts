/**
 * The center under a burst: 10,000 simulated points each upload one signed report revision at
 * once (64 in flight), against SQLite and, when DIEMCAU_BENCH_PG or DIEMCAU_TEST_PG names a
 * database, PostgreSQL. Points are registered and enrolled beforehand through the center's own
 * functions; the timed part is HTTP on loopback through the whole receiving path (token,
 * schema, Ed25519 verification, canonical check, durable insert). Afterwards every revision
 * must be in the database exactly once. PouchDB, the reference peer, is not installed
 * here, so this block has no ratio to it yet.
 */
import crypto from 'node:crypto';
import { buildCenter } from '../center/app';
import { sha256Hex } from '../center/crypto';
import { addPoint, enrolPoint } from '../center/points';
import type { TestDatabase } from '../center/testing/database';
import { openTestDatabase } from '../center/testing/database';
import { SimulatedPoint } from '../center/testing/point';
import { API_ROUTES } from '../shared/protocol/routes';
import { loadLine, ms, stats, table, writeBenchBlock } from './report';

const POINTS = Number(process.env.DIEMCAU_BENCH_POINTS ?? 10_000);
const IN_FLIGHT = Number(process.env.DIEMCAU_BENCH_IN_FLIGHT ?? 64);
const pgUrl = process.env.DIEMCAU_BENCH_PG || process.env.DIEMCAU_TEST_PG;
if (pgUrl) process.env.DIEMCAU_TEST_PG = pgUrl;

interface Result {
  dialect: string;
  seconds: number;
  perSecond: number;
  latency: ReturnType<typeof stats>;
  stored: number;
}

async function run(dialect: 'sqlite' | 'postgres'): Promise<Result> {
  const database: TestDatabase = await openTestDatabase(dialect);
  const app = await buildCenter({
    db: database.db,
    logger: false,
    rateLimits: false,
    dashboard: false,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const uploads: Array<{ token: string; body: string }> = [];
    for (let i = 0; i < POINTS; i++) {
      const code = `P-${String(i).padStart(5, '0')}`;
      const point = new SimulatedPoint(url, code);
      const { secret } = await addPoint(database.db, code, `Điểm cầu ${i}`);
      const { token } = await enrolPoint(database.db, code, secret, point.publicKey);
      const signed = point.sign(point.payload({ reportId: crypto.randomUUID() }));
      uploads.push({ token, body: JSON.stringify(signed) });
    }
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < uploads.length) {
          const u = uploads[next++]!;
          const t0 = performance.now();
          const response = await fetch(`${url}${API_ROUTES.reports}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${u.token}` },
            body: u.body,
          });
          const receipt = (await response.json()) as { outcome?: string };
          if (response.status !== 200 || receipt.outcome !== 'stored') {
            throw new Error(`upload refused: ${response.status} ${JSON.stringify(receipt)}`);
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const rows = await database.db.selectFrom('reports').select(['sha256', 'payload']).execute();
    const intact = rows.filter((r) => sha256Hex(Buffer.from(r.payload)) === r.sha256).length;
    if (rows.length !== POINTS || intact !== POINTS) {
      throw new Error(
        `expected ${POINTS} intact revisions, found ${rows.length} (${intact} intact)`,
      );
    }
    return {
      dialect,
      seconds,
      perSecond: POINTS / seconds,
      latency: stats(latencies),
      stored: rows.length,
    };
  } finally {
    await app.close();
    await database.dispose();
  }
}

async function main() {
  const results: Result[] = [];
  for (const dialect of pgUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
    const r = await run(dialect);
    console.log(`${dialect}: ${r.perSecond.toFixed(0)} reports/s, p95 ${ms(r.latency.p95, 1)}`);
    results.push(r);
  }
  const lines = [
    `## Center: ${POINTS.toLocaleString('en')} points upload at once (bench/center.bench.ts)`,
    '',
    `Each of ${POINTS.toLocaleString('en')} simulated points (own Ed25519 key, enrolled beforehand) uploads one signed revision of the fixture report over loopback HTTP, ${IN_FLIGHT} in flight, to one center process with rate limits off. Every revision is checked afterwards: stored once, its bytes matching its hash. SQLite runs with WAL and synchronous FULL; PostgreSQL is Debian's package with its defaults (fsync on), pool of 10.${pgUrl ? '' : ' PostgreSQL was not configured for this run.'} The issue's reference, PouchDB replicating into pouchdb-server, is not installed here, so there is no ratio to it yet.`,
    '',
    ...table(
      ['database', 'reports', 'time', 'reports/s', 'median latency', 'p95 latency'],
      results.map((r) => [
        r.dialect,
        String(r.stored),
        `${r.seconds.toFixed(1)} s`,
        r.perSecond.toFixed(0),
        ms(r.latency.median, 1),
        ms(r.latency.p95, 1),
      ]),
    ),
    '',
    loadLine(),
  ];
  await writeBenchBlock('center', lines);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
