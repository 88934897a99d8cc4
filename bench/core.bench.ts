/**
 * `npm run bench`: the core's speed on a realistic point — 10,000 people in the directory,
 * 100 meetings, one of 500 invitees. Calls go through dispatch (validation, handler, SQLite
 * commit with synchronous=FULL), as the UI's do. Figures are written to docs/PERFORMANCE.md.
 *
 * Absolute times say little on a shared or busy machine, so each hot path is measured against
 * a physical reference in the same run, taking turns with it so that both see the same
 * machine: a check-in against the cheapest durable write SQLite can do, a directory search
 * against a plain JavaScript scan of the same search texts held in memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openCore } from '../electron/core/core';
import { DB_FILE } from '../electron/core/db/open';
import { foldText } from '../shared/text/fold';
import type { Measured, ReferencedRow } from './report';
import {
  Samples,
  call,
  checkIn,
  loadLine,
  measured,
  ms,
  referenceTable,
  table,
  times,
  writeBenchBlock,
} from './report';
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

type Row = ReferencedRow & Measured;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-'));
  const rows: Row[] = [];
  const once: { name: string; ms: number }[] = [];
  const matches: string[] = [];
  const verdicts: string[] = [];

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
    const inviteeIds = call<{ id: string }[]>(core, 'invitees.list', { meetingId: big }).map(
      (i) => i.id,
    );

    // Check-in against the raw insert, sample for sample: a fresh file in the same folder, same
    // pragmas, one row per transaction — what any durable write costs here, whatever the app
    // does around it.
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
    const checkin = new Samples();
    const rawInsert = new Samples();
    for (let i = 0; i < 2000; i++) {
      rawInsert.time(() =>
        insert.run(inviteeIds[i % inviteeIds.length], 'present', new Date().toISOString()),
      );
      checkin.time(() => checkIn(core, inviteeIds, i));
    }
    raw.close();
    rows.push({
      name: 'check-in (attendance.set, committed)',
      ...measured(checkin),
      reference: {
        name: 'raw insert, one row per transaction (WAL, synchronous=FULL)',
        ...measured(rawInsert),
      },
      target: '≤ 1.5× raw insert',
    });

    // Search against a scan of the same search texts in memory, query for query. They take
    // turns by rounds (every query searched, then every query scanned): taking turns sample
    // for sample, each search followed a scan through a megabyte of strings, which emptied the
    // processor's caches for it every time.
    const reader = new Database(path.join(dataDir, DB_FILE), { readonly: true });
    const texts = reader.prepare('SELECT search_text FROM people').pluck().all() as string[];
    reader.close();
    const folded = QUERIES.map(foldText);
    const search = new Samples();
    const scan = new Samples();
    let found = 0;
    for (let round = 0; round < 250; round++) {
      for (const query of QUERIES) {
        search.time(() => call(core, 'people.search', { query, limit: 50 }));
      }
      for (const query of folded) {
        scan.time(() => {
          found += texts.filter((text) => text.includes(query)).length;
        });
      }
    }
    if (found === 0) throw new Error('the reference scan found no one');
    for (const query of QUERIES) {
      const { total } = call<{ total: number }>(core, 'people.search', { query, limit: 50 });
      matches.push(`“${query}” ${total.toLocaleString('en')}`);
    }
    rows.push({
      name: `directory search (people.search, ${QUERIES.length} queries, 50 rows)`,
      ...measured(search),
      reference: {
        name: `JavaScript scan of ${texts.length.toLocaleString('en')} search texts (filter + includes)`,
        ...measured(scan),
      },
      target: '≤ 0.5 ms median',
    });

    // The same searches with their totals counted afresh: a write comes first each time, as
    // during a meeting, when check-ins arrive between searches.
    const afterWrite = new Samples();
    for (let i = 0; i < 400; i++) {
      checkIn(core, inviteeIds, i);
      afterWrite.time(() =>
        call(core, 'people.search', { query: QUERIES[i % QUERIES.length], limit: 50 }),
      );
    }
    rows.push({
      name: 'directory search right after a write (totals counted afresh)',
      ...measured(afterWrite),
      target: '—',
    });

    const browse = Samples.of(400, (i) =>
      call(core, 'people.search', { query: '', limit: 50, offset: (i * 50) % 9000 }),
    );
    rows.push({
      name: 'directory page without a query (50 rows, offsets 0–8,950)',
      ...measured(browse),
      target: '≤ 2 ms median',
    });

    const load = Samples.of(50, () => {
      call(core, 'invitees.list', { meetingId: big });
      call(core, 'attendance.headcount', { meetingId: big });
    });
    rows.push({
      name: 'load a 500-invitee meeting (list + headcount)',
      ...measured(load),
      target: '—',
    });

    const [checkinRow, searchRow, , browseRow] = rows;
    const ratio = checkinRow!.s.median / checkinRow!.reference!.s.median;
    verdicts.push(
      `Check-in ≤ 1.5× the raw insert (median): ${ratio <= 1.5 ? '**met**' : '**not met**'} ` +
        `(${ratio.toFixed(2)}×).`,
      `Directory search ≤ 0.5 ms median: ${searchRow!.s.median <= 0.5 ? '**met**' : '**not met**'} ` +
        `(${ms(searchRow!.s.median)}, ${times(searchRow!.s.median, searchRow!.reference!.s.median)} ` +
        `the scan; its CPU time alone ${ms(searchRow!.cpu.median)}).`,
      `Directory page without a query ≤ 2 ms median: ` +
        `${browseRow!.s.median <= 2 ? '**met**' : '**not met**'} (${ms(browseRow!.s.median)}; ` +
        `CPU time ${ms(browseRow!.cpu.median)}).`,
    );

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
    loadLine(),
    '',
    ...referenceTable(rows, {
      cpuHeader: 'CPU time: median (ratio)',
      cpu: (own, ref) => ms(own!.median) + (ref ? ` (${times(own!.median, ref.median)})` : ''),
    }),
    '',
    `People each query matches: ${matches.join(', ')}.`,
    '',
    ...verdicts.map((v) => `- ${v}`),
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
