/**
 * `npm run bench`: the core's speed on a realistic point — 10,000 people in the directory,
 * 100 meetings, one of 500 invitees. Calls go through dispatch (validation, handler, SQLite
 * commit with synchronous=FULL), as the UI's do. Figures are written to docs/PERFORMANCE.md.
 *
 * Absolute times say little on a shared or busy machine, so each hot path is measured against
 * a physical reference in the same run, sample for sample (interleaved, so both see the same
 * machine): a check-in against the cheapest durable write SQLite can do, a directory search
 * against a plain JavaScript scan of the same names held in memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openCore } from '../electron/core/core';
import { DB_FILE } from '../electron/core/db/open';
import { foldText } from '../shared/text/fold';
import { call, ms, stats, table, times } from './measure';
import type { Stats } from './measure';
import { writeBenchBlock } from './report';
import { generateBenchRoster } from './rosters';

/** The directory search mix: names, a unit, a post, accents typed or not, one very broad. */
const QUERIES = [
  'hung',
  'nguyen van',
  'do trong',
  'Hòa',
  'so tai chinh',
  'th',
  'giám đốc',
  'lê thị thảo',
];

interface Row {
  name: string;
  s: Stats;
  reference?: { name: string; s: Stats };
  target: string;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-'));
  const rows: Row[] = [];
  const once: { name: string; ms: number }[] = [];

  try {
    let core = openCore({ dataDir, transport: 'http', version: 'bench', checkReads: false });
    // Deterministic: the same directory every run (names, positions, units), groups spread evenly.
    const roster = generateBenchRoster(10_000, 42);
    const groups = call<{ id: string }[]>(core, 'groups.list', {});

    let t = performance.now();
    const personIds: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const { fullName, position, unit } = roster[i]!;
      const created = call<{ id: string }>(core, 'people.create', {
        fullName,
        position,
        unit,
        groupId: groups[(i * 7) % groups.length]!.id,
        rank: 1 + ((i * 13) % 20),
      });
      personIds.push(created.id);
    }
    once.push({ name: 'create 10,000 people one call each (setup)', ms: performance.now() - t });

    const meetingIds: string[] = [];
    for (let i = 0; i < 100; i++) {
      const m = call<{ id: string }>(core, 'meetings.create', {
        title: `Hội nghị trực tuyến số ${i + 1}`,
        date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        startTime: '08:00',
        agenda: [{ title: 'Khai mạc' }, { title: 'Thảo luận' }],
      });
      meetingIds.push(m.id);
      call(core, 'invitees.addPeople', {
        meetingId: m.id,
        personIds: personIds.slice((i * 97) % 9000, ((i * 97) % 9000) + (i === 0 ? 500 : 40)),
      });
    }
    const big = meetingIds[0]!;
    const invitees = call<{ id: string }[]>(core, 'invitees.list', { meetingId: big });

    // Check-in against the raw insert: a fresh file in the same folder, same pragmas, one row
    // per transaction — what any durable write costs here, whatever the app does around it.
    const raw = new Database(path.join(dataDir, 'reference.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec(
      `CREATE TABLE events (id INTEGER PRIMARY KEY, invitee_id TEXT NOT NULL,
         status TEXT NOT NULL, recorded_at TEXT NOT NULL) STRICT`,
    );
    const insert = raw.prepare(
      'INSERT INTO events (invitee_id, status, recorded_at) VALUES (?, ?, ?)',
    );
    const statuses = ['present', 'late', 'absent', 'present', 'left_early'];
    const checkin: number[] = [];
    const rawInsert: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const inviteeId = invitees[i % invitees.length]!.id;
      const status = statuses[i % statuses.length];
      t = performance.now();
      insert.run(inviteeId, status, new Date().toISOString());
      rawInsert.push(performance.now() - t);
      t = performance.now();
      call(core, 'attendance.set', { inviteeId, status });
      checkin.push(performance.now() - t);
    }
    raw.close();
    rows.push({
      name: 'check-in (attendance.set, committed)',
      s: stats(checkin),
      reference: {
        name: 'raw insert, one row per transaction (WAL, synchronous=FULL)',
        s: stats(rawInsert),
      },
      target: '≤ 1.5× raw insert',
    });

    // Search against a scan of the same folded texts in memory, query for query.
    const reader = new Database(path.join(dataDir, DB_FILE), { readonly: true });
    const names = (
      reader.prepare('SELECT search_text AS t FROM people').all() as { t: string }[]
    ).map((r) => r.t);
    reader.close();
    const folded = QUERIES.map(foldText);
    const search: number[] = [];
    const scan: number[] = [];
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const q = folded[i % folded.length]!;
      t = performance.now();
      found += names.filter((n) => n.includes(q)).length;
      scan.push(performance.now() - t);
      t = performance.now();
      call(core, 'people.search', { query: QUERIES[i % QUERIES.length], limit: 50 });
      search.push(performance.now() - t);
    }
    if (found === 0) throw new Error('the reference scan found no one');
    rows.push({
      name: `directory search (people.search, ${QUERIES.length} queries, 50 rows)`,
      s: stats(search),
      reference: {
        name: `JavaScript scan of ${names.length.toLocaleString('en')} folded names (filter + includes)`,
        s: stats(scan),
      },
      target: '≤ 0.5 ms median',
    });

    // The same searches with their totals counted afresh: a write comes first each time, as
    // during a meeting, when check-ins arrive between searches.
    const afterWrite: number[] = [];
    for (let i = 0; i < 400; i++) {
      call(core, 'attendance.set', {
        inviteeId: invitees[i % invitees.length]!.id,
        status: statuses[i % statuses.length],
      });
      t = performance.now();
      call(core, 'people.search', { query: QUERIES[i % QUERIES.length], limit: 50 });
      afterWrite.push(performance.now() - t);
    }
    rows.push({
      name: 'directory search right after a write (totals counted afresh)',
      s: stats(afterWrite),
      target: '—',
    });

    const browse: number[] = [];
    for (let i = 0; i < 400; i++) {
      t = performance.now();
      call(core, 'people.search', { query: '', limit: 50, offset: (i * 50) % 9000 });
      browse.push(performance.now() - t);
    }
    rows.push({
      name: 'directory page without a query (50 rows, offsets 0–8,950)',
      s: stats(browse),
      target: '≤ 2 ms median',
    });

    const load: number[] = [];
    for (let i = 0; i < 50; i++) {
      t = performance.now();
      call(core, 'invitees.list', { meetingId: big });
      call(core, 'attendance.headcount', { meetingId: big });
      load.push(performance.now() - t);
    }
    rows.push({
      name: 'load a 500-invitee meeting (list + headcount)',
      s: stats(load),
      target: '—',
    });

    await core.close();
    t = performance.now();
    core = openCore({ dataDir, transport: 'http', version: 'bench', checkReads: false });
    call(core, 'meetings.get', { id: big });
    call(core, 'invitees.list', { meetingId: big });
    call(core, 'attendance.headcount', { meetingId: big });
    once.push({
      name: 'open the database and load the 500-invitee meeting (cold start)',
      ms: performance.now() - t,
    });
    await core.close();
    const sizeMb = fs.statSync(path.join(dataDir, DB_FILE)).size / 1024 / 1024;
    once.push({ name: `database size: ${sizeMb.toFixed(1)} MB`, ms: NaN });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const lines = [
    `### Core (${new Date().toISOString().slice(0, 10)})`,
    '',
    ...table(
      ['operation', 'median', 'p95', 'samples', 'ratio to reference (median, p95)', 'target'],
      rows.flatMap((r) => {
        const own = [
          r.name,
          ms(r.s.median),
          ms(r.s.p95),
          String(r.s.n),
          r.reference
            ? `${times(r.s.median, r.reference.s.median)}, ${times(r.s.p95, r.reference.s.p95)}`
            : '—',
          r.target,
        ];
        if (!r.reference) return [own];
        const ref = r.reference;
        const refRow = [
          `↳ reference: ${ref.name}`,
          ms(ref.s.median),
          ms(ref.s.p95),
          String(ref.s.n),
          '1×',
          '—',
        ];
        return [own, refRow];
      }),
    ),
    '',
    ...table(
      ['one-off', 'time'],
      once.map((x) => [x.name, Number.isNaN(x.ms) ? '—' : ms(x.ms)]),
    ),
    '',
  ];
  console.log(lines.join('\n'));
  await writeBenchBlock('core', lines);
}

void main();
