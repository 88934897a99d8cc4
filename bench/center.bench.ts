/**
 * The center under a burst: 10,000 simulated points each upload one signed report revision at
 * once (64 in flight), to a center process on SQLite and, when DIEMCAU_BENCH_PG or
 * DIEMCAU_TEST_PG names a database, on PostgreSQL; and, in the same run, the reference
 * peer: each point replicating the same document from its own PouchDB into pouchdb-server.
 * Servers run in their own processes and the points in this one, the same way for all three.
 * Points are registered and enrolled beforehand through the center's own functions; the timed
 * part is HTTP on loopback through the whole receiving path (token, schema, Ed25519
 * verification, canonical check, durable insert). Afterwards every revision must be stored
 * exactly once with its bytes intact, at the center and at the peer.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sha256Hex } from '../center/crypto';
import { openCenterDatabase } from '../center/db/open';
import type { OpenOptions } from '../center/db/open';
import { addPoint, enrolPoint } from '../center/points';
import { SimulatedPoint } from '../center/testing/point';
import type { SignedRevision } from '../shared/protocol/envelope';
import { API_ROUTES } from '../shared/protocol/routes';
import { startProcess, stopProcess } from './processes';
import { openPeer } from './pouchPeer';
import { loadLine, ms, stats, table, writeBenchBlock } from './report';

const POINTS = Number(process.env.DIEMCAU_BENCH_POINTS ?? 10_000);
const IN_FLIGHT = Number(process.env.DIEMCAU_BENCH_IN_FLIGHT ?? 64);
const pgUrl = process.env.DIEMCAU_BENCH_PG || process.env.DIEMCAU_TEST_PG || undefined;
const root = path.resolve(__dirname, '..');

interface Result {
  system: string;
  seconds: number;
  perSecond: number;
  latency: ReturnType<typeof stats>;
  stored: number;
}

interface Upload {
  code: string;
  reportId: string;
  signed: SignedRevision;
}

/** Each point's report, signed once, so the three systems receive the very same documents. */
function makeUploads(): { points: SimulatedPoint[]; uploads: Upload[] } {
  const points: SimulatedPoint[] = [];
  const uploads: Upload[] = [];
  for (let i = 0; i < POINTS; i++) {
    const code = `P-${String(i).padStart(5, '0')}`;
    const point = new SimulatedPoint('', code);
    const reportId = crypto.randomUUID();
    points.push(point);
    uploads.push({ code, reportId, signed: point.sign(point.payload({ reportId })) });
  }
  return { points, uploads };
}

/** Runs `send` for every item with `inFlight` at a time; the latency of each and the total. */
async function burst<T>(
  items: readonly T[],
  send: (item: T) => Promise<void>,
): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        const t0 = performance.now();
        await send(item);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies };
}

async function runCenter(
  dialect: 'sqlite' | 'postgres',
  points: readonly SimulatedPoint[],
  uploads: readonly Upload[],
): Promise<Result> {
  let options: OpenOptions;
  let env: NodeJS.ProcessEnv;
  let dropData: () => Promise<void>;
  if (dialect === 'postgres') {
    const schema = `bench_${crypto.randomBytes(6).toString('hex')}`;
    options = { databaseUrl: pgUrl, pgSchema: schema };
    env = { DATABASE_URL: pgUrl, DIEMCAU_BENCH_PG_SCHEMA: schema };
    dropData = async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-center-bench-'));
    options = { dataFile: path.join(dir, 'center.sqlite') };
    env = { DATABASE_URL: '', DIEMCAU_CENTER_DATA: options.dataFile };
    dropData = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  try {
    const tokens = new Map<string, string>();
    const setup = await openCenterDatabase(options);
    try {
      for (const point of points) {
        const { secret } = await addPoint(setup.db, point.code, `Điểm cầu ${point.code}`);
        const { token } = await enrolPoint(setup.db, point.code, secret, point.publicKey);
        tokens.set(point.code, token);
      }
    } finally {
      await setup.close();
    }
    const server = await startProcess(
      ['--import', 'tsx', path.join(root, 'bench', 'centerServer.ts')],
      env,
      root,
      /center listening on (http:\/\/\S+)/,
    );
    let timed: Awaited<ReturnType<typeof burst>>;
    try {
      timed = await burst(uploads, async (u) => {
        const response = await fetch(`${server.url}${API_ROUTES.reports}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${tokens.get(u.code)!}`,
          },
          body: JSON.stringify(u.signed),
        });
        const receipt = (await response.json()) as { outcome?: string };
        if (response.status !== 200 || receipt.outcome !== 'stored') {
          throw new Error(`upload refused: ${response.status} ${JSON.stringify(receipt)}`);
        }
      });
    } finally {
      await stopProcess(server.child);
    }
    // Read back after the server has gone: what it acknowledged is what is on disk.
    const check = await openCenterDatabase(options);
    try {
      const rows = await check.db
        .selectFrom('reports')
        .select(['report_id', 'sha256', 'payload'])
        .execute();
      const expected = new Map(
        uploads.map((u) => [u.reportId, sha256Hex(Buffer.from(u.signed.payload, 'base64'))]),
      );
      const intact = rows.filter(
        (r) =>
          sha256Hex(Buffer.from(r.payload)) === r.sha256 && expected.get(r.report_id) === r.sha256,
      ).length;
      if (rows.length !== POINTS || intact !== POINTS) {
        throw new Error(
          `expected ${POINTS} intact revisions, found ${rows.length} (${intact} intact)`,
        );
      }
    } finally {
      await check.close();
    }
    return {
      system: `center, ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
      seconds: timed.seconds,
      perSecond: POINTS / timed.seconds,
      latency: stats(timed.latencies),
      stored: POINTS,
    };
  } finally {
    await dropData();
  }
}

async function runPeer(uploads: readonly Upload[]): Promise<Result> {
  const peer = await openPeer();
  try {
    const locals = await peer.prepare(
      uploads.map((u) => ({ _id: `${u.code}:${u.reportId}:1`, ...u.signed })),
    );
    const timed = await burst(locals, (local) => peer.replicate(local));
    const stored = await peer.storedPayloads();
    const intact = uploads.filter(
      (u) => stored.get(`${u.code}:${u.reportId}:1`) === u.signed.payload,
    ).length;
    if (stored.size !== POINTS || intact !== POINTS) {
      throw new Error(
        `peer: expected ${POINTS} intact documents, found ${stored.size} (${intact})`,
      );
    }
    return {
      system: 'PouchDB → pouchdb-server (LevelDB)',
      seconds: timed.seconds,
      perSecond: POINTS / timed.seconds,
      latency: stats(timed.latencies),
      stored: stored.size,
    };
  } finally {
    await peer.close();
  }
}

async function main() {
  const { points, uploads } = makeUploads();
  const results: Result[] = [];
  for (const dialect of pgUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
    results.push(await runCenter(dialect, points, uploads));
    console.log(results.at(-1));
  }
  const peer = await runPeer(uploads);
  console.log(peer);
  const verdicts = results.map((r) => {
    const ratio = r.perSecond / peer.perSecond;
    return `- ${r.system}: ${ratio.toFixed(2)}× the peer's throughput, every report stored once and intact: **${ratio >= 2 ? 'met' : 'not met'}** (target ≥ 2×).`;
  });
  const lines = [
    `### Center: ${POINTS.toLocaleString('en')} points upload at once (${new Date().toISOString().slice(0, 10)})`,
    '',
    loadLine(),
    '',
    ...table(
      ['system', 'reports', 'time', 'reports/s', 'ratio to peer', 'median latency', 'p95 latency'],
      [...results, peer].map((r) => [
        r.system,
        String(r.stored),
        `${r.seconds.toFixed(1)} s`,
        r.perSecond.toFixed(0),
        r === peer ? '1×' : `${(r.perSecond / peer.perSecond).toFixed(2)}×`,
        ms(r.latency.median, 1),
        ms(r.latency.p95, 1),
      ]),
    ),
    '',
    ...(pgUrl ? [] : ['PostgreSQL was not configured for this run (DIEMCAU_BENCH_PG).', '']),
    ...verdicts,
    '',
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
