/**
 * `npm run bench` (notes, issue 10): a point whose 100 meetings hold 10,000 notes of
 * realistic Vietnamese text, seeded through the real write path (`notes.create` through
 * dispatch, one commit each).
 *
 * 1. The save behind a keystroke: `notes.save` through the core's dispatch (validation, the
 *    version check, the note's row, its version kept, the full-text index, SQLite commit with
 *    synchronous=FULL), as the notes tab's autosave calls it, on a note growing one character
 *    at a time. Taking turns with it, sample for sample: a raw better-sqlite3 update of the same
 *    text in one row of a fresh file in the same folder, same pragmas, one transaction each —
 *    the cheapest durable save of that text. Then the pages each writes to the WAL per commit,
 *    counted apart (untimed), with a checkpoint between commits.
 * 2. Search (`notes.search`) over every meeting's notes: queries with and without diacritics,
 *    one and several words, rare and common, 30 hits with their excerpts.
 *
 * Figures go to docs/PERFORMANCE.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openCore } from '../electron/core/core';
import { DB_FILE } from '../electron/core/db/open';
import { SEARCH_SQL, matchExpression } from '../electron/core/db/queries/search';
import { KINDS, QUERIES, noteText, random } from './noteTexts';
import type { ReferencedRow } from './report';
import {
  Samples,
  call,
  loadLine,
  measured,
  ms,
  referenceTable,
  stats,
  table,
  times,
  writeBenchBlock,
} from './report';

const MEETINGS = 100;
const NOTES = 10_000;
const KEYSTROKES = 1500;
const PAGE_SAMPLES = 100;
const SEARCH_ROUNDS = 40;
const SAVE_TARGET_P95 = 5;
const SEARCH_TARGET_MEDIAN = 5;

type Row = ReferencedRow;

/** Frames the WAL holds after one commit, checkpointed before and after so each starts empty. */
function walFrames(checkpointer: Database.Database, commit: () => void): number {
  checkpointer.pragma('wal_checkpoint(TRUNCATE)');
  commit();
  // PASSIVE answers the frames the WAL holds (TRUNCATE would answer them after emptying it).
  const [r] = checkpointer.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  return r!.log;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-notes-'));
  const rows: Row[] = [];
  const once: [string, string][] = [];
  const verdicts: string[] = [];
  const hitCounts: string[] = [];
  const plans: string[] = [];
  let pages = { save: NaN, raw: NaN, seconds: 0 };
  try {
    const core = openCore({ dataDir, transport: 'http', version: 'bench', checkReads: false });
    call(core, 'profile.save', {
      pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
      provinceCode: 'thanh-hoa',
      bodyKind: 'party',
      placeName: 'Thanh Hóa',
      operatorName: 'Lê Thị Mai',
    });
    const meetingIds: string[] = [];
    for (let i = 0; i < MEETINGS; i++) {
      const m = call<{ id: string }>(core, 'meetings.create', {
        title: `Hội nghị trực tuyến số ${i + 1}`,
        date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        startTime: '08:00',
      });
      meetingIds.push(m.id);
    }

    // ---- Seeding: 10,000 notes through the real write path.
    const rand = random(10);
    let chars = 0;
    const t = performance.now();
    for (let i = 0; i < NOTES; i++) {
      const kind = KINDS[i % KINDS.length]!;
      const body = noteText(rand);
      chars += body.length;
      call(core, 'notes.create', {
        meetingId: meetingIds[i % MEETINGS],
        kind,
        body,
        ...(kind === 'task'
          ? { taskOwner: 'Sở Kế hoạch và Đầu tư', taskDeadline: '2026-12-31' }
          : {}),
      });
    }
    const seedMs = performance.now() - t;
    once.push([
      `create ${NOTES.toLocaleString('en')} notes one call each (notes.create, setup; ` +
        `${Math.round(chars / NOTES)} characters on average)`,
      `${(seedMs / 1000).toFixed(1)} s (${ms(seedMs / NOTES)} each)`,
    ]);

    // ---- 1. The save behind a keystroke, against a raw update of the same text.
    const typed = noteText(random(7)).repeat(4).slice(0, KEYSTROKES);
    const meetingId = meetingIds[0]!;
    let note = call<{ id: string; version: number }>(core, 'notes.create', {
      meetingId,
      kind: 'conclusion',
      body: '',
    });

    const raw = new Database(path.join(dataDir, 'reference.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT');
    raw.prepare("INSERT INTO notes (id, body) VALUES ('n', '')").run();
    const rawUpdate = raw.prepare("UPDATE notes SET body = ? WHERE id = 'n'");

    // Every field, as the notes tab's autosave sends them.
    const fieldsWith = (body: string) => ({
      kind: 'conclusion',
      body,
      agendaItemId: null,
      speechId: null,
      taskOwner: '',
      taskDeadline: null,
    });
    const save = new Samples();
    const reference = new Samples();
    for (let i = 1; i <= KEYSTROKES; i++) {
      const body = typed.slice(0, i);
      reference.time(() => rawUpdate.run(body));
      const base = note;
      note = save.time(() =>
        call(core, 'notes.save', {
          noteId: base.id,
          baseVersion: base.version,
          fields: fieldsWith(body),
        }),
      );
    }
    rows.push({
      name: `save a note growing as typed, one character a save, 1–${KEYSTROKES} characters (notes.save)`,
      ...measured(save),
      reference: {
        name: 'raw update of the same text, one row per transaction (WAL, synchronous=FULL)',
        ...measured(reference),
      },
      target: `p95 ≤ ${SAVE_TARGET_P95} ms`,
    });

    // Pages per commit, untimed: each commit alone in the WAL.
    const checkpointer = new Database(path.join(dataDir, DB_FILE));
    const saveFrames: number[] = [];
    const rawFrames: number[] = [];
    const base = typed.slice(0, 800);
    for (let i = 0; i < PAGE_SAMPLES; i++) {
      const body = `${base}${typed.slice(800, 800 + i + 1)}`;
      saveFrames.push(
        walFrames(checkpointer, () => {
          note = call(core, 'notes.save', {
            noteId: note.id,
            baseVersion: note.version,
            fields: fieldsWith(body),
          });
        }),
      );
      rawFrames.push(walFrames(raw, () => rawUpdate.run(body)));
    }
    checkpointer.close();
    raw.close();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    pages = { save: mean(saveFrames), raw: mean(rawFrames), seconds: 0 };

    // ---- 2. Search over 10,000 notes.
    const searchSamples = new Samples();
    const byQuery = new Map<string, number[]>();
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      for (const query of QUERIES) {
        searchSamples.time(() => call(core, 'notes.search', { query, limit: 30 }));
        byQuery.set(query, [...(byQuery.get(query) ?? []), searchSamples.wall.at(-1)!]);
      }
    }
    const reader = new Database(path.join(dataDir, DB_FILE), { readonly: true });
    // What the full-text query alone takes, in a connection of its own: the rest of a search
    // is reading the hits' notes and meetings and cutting their excerpts.
    const searchSql = reader.prepare(SEARCH_SQL);
    const sqlSamples = new Samples();
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      for (const query of QUERIES) {
        const match = matchExpression(query)!;
        sqlSamples.time(() => searchSql.all({ match, limit: 30 }));
      }
    }
    const countMatches = reader.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?');
    const queryRows: Row[] = [];
    for (const query of QUERIES) {
      const match = matchExpression(query)!;
      const n = countMatches.pluck().get(match) as number;
      const { hits } = call<{ hits: unknown[] }>(core, 'notes.search', { query, limit: 30 });
      if (hits.length === 0) throw new Error(`“${query}” found nothing`);
      hitCounts.push(`“${query}” ${n.toLocaleString('en')}`);
      queryRows.push({ name: `“${query}”`, s: stats(byQuery.get(query)!), target: '' });
    }
    const plan = reader
      .prepare(`EXPLAIN QUERY PLAN ${SEARCH_SQL}`)
      .all({ match: matchExpression('ngan sach'), limit: 30 }) as { detail: string }[];
    plans.push(...plan.map((p) => p.detail));
    reader.close();
    rows.push({
      name: `search every meeting's notes, ${QUERIES.length} queries, 30 hits with excerpts (notes.search)`,
      ...measured(searchSamples),
      target: `median ≤ ${SEARCH_TARGET_MEDIAN} ms`,
    });
    rows.push({
      name: '↳ of which the full-text query alone (its SQL, 30 rows, newest first)',
      ...measured(sqlSamples),
      target: '—',
    });

    await core.close();
    const sizeMb = fs.statSync(path.join(dataDir, DB_FILE)).size / 1024 / 1024;
    once.push([`database size after the run`, `${sizeMb.toFixed(1)} MB`]);

    const [saveRow, searchRow] = rows;
    verdicts.push(
      `Save p95 ≤ ${SAVE_TARGET_P95} ms: ${saveRow!.s.p95 <= SAVE_TARGET_P95 ? '**met**' : '**not met**'} ` +
        `(${ms(saveRow!.s.p95)}; median ${ms(saveRow!.s.median)}, ` +
        `${times(saveRow!.s.median, saveRow!.reference!.s.median)} the raw update's median, ` +
        `${times(saveRow!.s.p95, saveRow!.reference!.s.p95)} its p95; CPU time p95 ` +
        `${ms(saveRow!.cpu!.p95)}).`,
      `Search median ≤ ${SEARCH_TARGET_MEDIAN} ms: ` +
        `${searchRow!.s.median <= SEARCH_TARGET_MEDIAN ? '**met**' : '**not met**'} ` +
        `(${ms(searchRow!.s.median)}; p95 ${ms(searchRow!.s.p95)}; CPU time median ` +
        `${ms(searchRow!.cpu!.median)}).`,
    );

    const date = new Date().toISOString().slice(0, 10);
    const lines = [
      `### Notes (${date})`,
      '',
      loadLine(),
      '',
      ...referenceTable(rows, {
        max: true,
        cpuHeader: 'CPU time: median, p95',
        cpu: (own) => (own ? `${ms(own.median)}, ${ms(own.p95)}` : '—'),
      }),
      '',
      `Pages written to the WAL per commit (${PAGE_SAMPLES} commits of an 800-character note, ` +
        `each alone in the WAL): the save ${pages.save.toFixed(1)}, the raw update ` +
        `${pages.raw.toFixed(1)}.`,
      '',
      ...verdicts.map((v) => `- ${v}`),
      '',
      ...table(
        ['search query', 'median', 'p95', 'samples'],
        queryRows.map((r) => [r.name, ms(r.s.median), ms(r.s.p95), String(r.s.n)]),
      ),
      '',
      `Notes each query matches (of ${NOTES.toLocaleString('en')}, plus the typed note): ${hitCounts.join(', ')}.`,
      '',
      `Query plan of the search (“ngan sach”): ${plans.map((p) => `\`${p}\``).join('; ')}.`,
      '',
      ...table(['one-off', 'time'], once),
      '',
    ];
    console.log(lines.join('\n'));
    await writeBenchBlock('notes', lines);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
