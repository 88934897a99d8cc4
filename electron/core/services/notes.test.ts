import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../db/open';
import { SEARCH_SQL } from '../db/queries/search';
import { meeting } from '../testing/fixtures';
import type { Harness } from '../testing/harness';
import { MINUTE, call, fail, rows, start } from '../testing/harness';

function running(h: Harness, meetingId: string, agendaItemId: string | null = null) {
  const s = call(h, 'speeches.add', {
    meetingId,
    fields: { speaker: { name: 'Tô Lâm' }, origin: { kind: 'center' }, agendaItemId },
  }).changed[0]!;
  call(h, 'speeches.act', { meetingId, action: 'start', speechId: s.id });
  return s;
}

const note = (h: Harness, meetingId: string, extra: object = {}) =>
  call(h, 'notes.create', { meetingId, ...extra });

describe('notes', () => {
  it('are stamped with the core’s clock and linked to the speech being heard and its item', () => {
    const h = start();
    const m = meeting(h, { agenda: [{ title: 'Quán triệt' }] });
    const item = m.agenda[0]!.id;
    const s = running(h, m.id, item);
    h.clock.advance(MINUTE);
    const n = note(h, m.id, { kind: 'conclusion', body: 'Kết luận' });
    expect(n).toMatchObject({
      kind: 'conclusion',
      speechId: s.id,
      agendaItemId: item,
      takenAt: h.clock.iso(),
      version: 1,
    });
    // The operator may say otherwise, and may file a note under nothing.
    expect(note(h, m.id, { speechId: null, agendaItemId: null })).toMatchObject({
      kind: 'general',
      speechId: null,
      agendaItemId: null,
    });
  });

  it('keeps every saved version, restores one as a new version, and skips unchanged saves', () => {
    const h = start();
    const m = meeting(h);
    const n = note(h, m.id);
    const v2 = call(h, 'notes.save', { noteId: n.id, baseVersion: 1, fields: { body: 'Đồng' } });
    const v3 = call(h, 'notes.save', {
      noteId: n.id,
      baseVersion: 2,
      fields: { body: 'Đồng chí Bí thư', kind: 'opinion' },
    });
    expect([v2.version, v3.version]).toEqual([2, 3]);
    expect(
      call(h, 'notes.save', { noteId: n.id, baseVersion: 3, fields: { body: 'Đồng chí Bí thư' } })
        .version,
    ).toBe(3);
    const restored = call(h, 'notes.restore', { noteId: n.id, version: 2, baseVersion: 3 });
    expect(restored).toMatchObject({ version: 4, body: 'Đồng', kind: 'general' });
    const versions = call(h, 'notes.versions', { noteId: n.id }).versions;
    expect(versions.map((v) => [v.version, v.body, v.restoredFrom])).toEqual([
      [4, 'Đồng', 2],
      [3, 'Đồng chí Bí thư', null],
      [2, 'Đồng', null],
      [1, '', null],
    ]);
  });

  it('changes only the fields a save names', () => {
    const h = start();
    const m = meeting(h);
    const n = note(h, m.id, { kind: 'task', body: 'Rà soát', taskOwner: 'Sở Tài chính' });
    const saved = call(h, 'notes.save', {
      noteId: n.id,
      baseVersion: 1,
      fields: { kind: 'conclusion' },
    });
    expect(saved).toMatchObject({ kind: 'conclusion', body: 'Rà soát', taskOwner: 'Sở Tài chính' });
  });

  it('refuses a save from a stale version and keeps what was saved', () => {
    const h = start();
    const m = meeting(h);
    const n = note(h, m.id);
    call(h, 'notes.save', { noteId: n.id, baseVersion: 1, fields: { body: 'Bản mới' } });
    const err = fail(h, 'notes.save', { noteId: n.id, baseVersion: 1, fields: { body: 'Cũ' } });
    expect(err).toMatchObject({ code: 'CONFLICT', details: { current: 2, base: 1 } });
    expect(call(h, 'notes.list', { meetingId: m.id }).notes[0]!.body).toBe('Bản mới');
    expect(rows(h, 'note_versions')).toBe(2);
  });

  it('keeps Markdown lines and indentation, cleaned like every text', () => {
    const h = start();
    const m = meeting(h);
    const body = '**Kết luận**\r\n- Một\r\n  - Hai\u200B\r\n';
    const n = note(h, m.id, { body });
    expect(n.body).toBe('**Kết luận**\n- Một\n  - Hai');
  });

  it('refuses links to another meeting’s speech or agenda item, and writes nothing', () => {
    const h = start();
    const a = meeting(h, { agenda: [{ title: 'A' }] });
    const b = meeting(h);
    const s = running(h, a.id);
    expect(fail(h, 'notes.create', { meetingId: b.id, speechId: s.id }).code).toBe('VALIDATION');
    expect(fail(h, 'notes.create', { meetingId: b.id, agendaItemId: a.agenda[0]!.id }).code).toBe(
      'VALIDATION',
    );
    expect(rows(h, 'notes')).toBe(0);
  });

  it('are removed from the list and the search but keep their versions', () => {
    const h = start();
    const m = meeting(h);
    const n = note(h, m.id, { body: 'Giải ngân vốn đầu tư công' });
    call(h, 'notes.remove', { noteId: n.id });
    expect(call(h, 'notes.list', { meetingId: m.id }).notes).toEqual([]);
    expect(call(h, 'notes.search', { query: 'giai ngan' }).hits).toEqual([]);
    expect(rows(h, 'note_versions')).toBe(1);
    expect(fail(h, 'notes.save', { noteId: n.id, baseVersion: 1, fields: {} }).code).toBe(
      'NOT_FOUND',
    );
  });

  it('are frozen with a finalized meeting', () => {
    const h = start();
    const m = meeting(h);
    const n = note(h, m.id);
    call(h, 'meetings.setStatus', { id: m.id, status: 'in_progress' } as never);
    call(h, 'meetings.setStatus', { id: m.id, status: 'ended' } as never);
    call(h, 'meetings.setStatus', { id: m.id, status: 'finalized' } as never);
    expect(
      fail(h, 'notes.save', { noteId: n.id, baseVersion: 1, fields: { body: 'x' } }).code,
    ).toBe('MEETING_LOCKED');
    expect(fail(h, 'notes.create', { meetingId: m.id }).code).toBe('MEETING_LOCKED');
  });

  it('announce each change to the meeting’s windows', () => {
    const h = start();
    const m = meeting(h);
    h.events.length = 0;
    const n = note(h, m.id);
    call(h, 'notes.save', { noteId: n.id, baseVersion: 1, fields: { body: 'a' } });
    expect(h.events).toEqual([
      ['notes.changed', { meetingId: m.id }],
      ['notes.changed', { meetingId: m.id }],
    ]);
  });
});

describe('searching notes', () => {
  function seeded() {
    const h = start();
    const a = meeting(h, { title: 'Hội nghị quán triệt Nghị quyết' });
    const b = meeting(h, { title: 'Hội nghị sơ kết', date: '2025-04-01' });
    note(h, a.id, { kind: 'conclusion', body: 'Đẩy mạnh **giải ngân** vốn đầu tư công' });
    note(h, b.id, { kind: 'task', body: 'Báo cáo tiến độ', taskOwner: 'Sở Tài chính' });
    note(h, b.id, { body: 'Đường truyền ổn định' });
    return { h, a, b };
  }

  it('finds notes with or without diacritics and marks the words in the note’s own text', () => {
    const { h, a } = seeded();
    for (const query of ['giải ngân', 'giai ngan', 'GIAI NGAN', 'giai']) {
      const hits = call(h, 'notes.search', { query }).hits;
      expect(
        hits.map((x) => x.meetingId),
        query,
      ).toEqual([a.id]);
    }
    const [hit] = call(h, 'notes.search', { query: 'giai ngan' }).hits;
    expect(hit).toMatchObject({ source: 'note', kind: 'conclusion', meetingTitle: a.title });
    expect(hit!.spans.map((s) => hit!.excerpt.slice(s.start, s.end))).toEqual(['giải', 'ngân']);
  });

  it('finds a task by the body responsible, across meetings, and nothing for an empty query', () => {
    const { h, b } = seeded();
    expect(call(h, 'notes.search', { query: 'so tai chinh' }).hits.map((x) => x.meetingId)).toEqual(
      [b.id],
    );
    expect(call(h, 'notes.search', { query: ' ' }).hits).toEqual([]);
    expect(call(h, 'notes.search', { query: '"*)(' }).hits).toEqual([]);
  });

  it('follows a note’s latest text', () => {
    const { h, b } = seeded();
    const n = call(h, 'notes.list', { meetingId: b.id }).notes.find((x) => x.kind === 'general')!;
    call(h, 'notes.save', { noteId: n.id, baseVersion: 1, fields: { body: 'Mất tiếng 2 phút' } });
    expect(call(h, 'notes.search', { query: 'duong truyen' }).hits).toEqual([]);
    expect(call(h, 'notes.search', { query: 'mat tieng' }).hits).toHaveLength(1);
  });

  it('gives the newest notes first, a note keeping its place when saved again', () => {
    const { h, a, b } = seeded();
    // The older note is the better match by relevance (short, the words twice), so an order
    // by relevance would put it first.
    const older = note(h, a.id, { body: 'Ngân sách, ngân sách' });
    note(h, b.id, {
      body: 'Sở Tài chính báo cáo tình hình thu chi ngân sách năm nay và dự kiến năm sau, kèm phụ lục',
    });
    const order = () =>
      call(h, 'notes.search', { query: 'ngan sach' }).hits.map((x) => x.meetingId);
    expect(order()).toEqual([b.id, a.id]);
    call(h, 'notes.save', {
      noteId: older.id,
      baseVersion: older.version,
      fields: { body: 'Ngân sách, ngân sách xã' },
    });
    expect(order()).toEqual([b.id, a.id]);
  });

  it('uses the full-text index', () => {
    const { h } = seeded();
    const db = new Database(path.join(h.dataDir, DB_FILE), { readonly: true });
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${SEARCH_SQL}`)
        .all({ match: '"giai"*', limit: 10 }) as { detail: string }[];
      const details = plan.map((p) => p.detail).join('\n');
      expect(details).toMatch(/SCAN search_fts VIRTUAL TABLE INDEX \d+:M/);
      expect(details).toMatch(/SEARCH d USING INTEGER PRIMARY KEY/);
      // FTS5 gives the rows newest first itself and stops at the limit: no sort of every match.
      expect(details).not.toMatch(/TEMP B-TREE/);
    } finally {
      db.close();
    }
  });
});
