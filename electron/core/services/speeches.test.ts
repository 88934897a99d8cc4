import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../../shared/api/speakingSchemas';
import { inOrder, replay } from '../../../shared/speaking/queue';
import { elapsedMs } from '../../../shared/speaking/timing';
import { DB_FILE } from '../db/open';
import { speechEvents } from '../db/queries/speeches';
import { readable } from '../db/handles';
import { invite, meeting, person } from '../testing/fixtures';
import type { Harness } from '../testing/harness';
import {
  MINUTE,
  call,
  callAsync,
  fail,
  failAsync,
  fixedClock,
  rows,
  start,
  tmpDir,
} from '../testing/harness';

const CENTER = { kind: 'center' } as const;
const LOCAL = { kind: 'local' } as const;

function add(h: Harness, meetingId: string, name: string, origin: object = CENTER, extra = {}) {
  return call(h, 'speeches.add', {
    meetingId,
    fields: { speaker: { name }, origin, ...extra },
  } as never).changed[0]!;
}

const act = (h: Harness, meetingId: string, action: string, speechId?: string) =>
  call(h, 'speeches.act', { meetingId, action, speechId } as never);

const list = (h: Harness, meetingId: string) => call(h, 'speeches.list', { meetingId }).speeches;

describe('the speakers’ log', () => {
  it('names a speaker from the directory or the meeting’s list, and another point from the provinces', () => {
    const h = start();
    const hung = person(h, 'Đỗ Trọng Hưng', { position: 'Bí thư Tỉnh ủy' });
    const m = meeting(h);
    const [inv] = invite(h, m, hung);
    const local = call(h, 'speeches.add', {
      meetingId: m.id,
      fields: { speaker: { inviteeId: inv!.id }, origin: LOCAL, topic: 'Chuyển đổi số' },
    }).changed[0]!;
    expect(local.speaker).toEqual({
      personId: hung.id,
      inviteeId: inv!.id,
      name: 'Đỗ Trọng Hưng',
      position: 'Bí thư Tỉnh ủy',
    });
    const other = call(h, 'speeches.add', {
      meetingId: m.id,
      fields: {
        speaker: { name: 'Đồng chí Bí thư', position: 'Bí thư Tỉnh ủy' },
        origin: { kind: 'point', provinceCode: 'dak-lak' },
      },
    }).changed[0]!;
    expect(other.origin).toEqual({ kind: 'point', provinceCode: 'dak-lak', name: 'Đắk Lắk' });
    expect(
      fail(h, 'speeches.add', {
        meetingId: m.id,
        fields: { speaker: { name: '' }, origin: CENTER },
      }).details?.issues,
    ).toEqual([{ path: ['fields', 'speaker', 'name'], message: 'required' }]);
    expect(
      fail(h, 'speeches.add', {
        meetingId: m.id,
        fields: { speaker: { name: 'X' }, origin: { kind: 'point', provinceCode: 'atlantis' } },
      }).details?.issues?.[0]?.message,
    ).toBe('unknown_province');
  });

  it('edits only the fields given, and keeps the rest', () => {
    const h = start();
    const m = meeting(h);
    const s = add(h, m.id, 'Bí thư Đắk Lắk', CENTER, { topic: 'Giải ngân', allottedSeconds: 600 });
    const edited = call(h, 'speeches.edit', { speechId: s.id, fields: { allottedSeconds: 300 } })
      .changed[0]!;
    expect(edited).toMatchObject({ topic: 'Giải ngân', allottedSeconds: 300 });
    expect(edited.speaker.name).toBe('Bí thư Đắk Lắk');
    const retitled = call(h, 'speeches.edit', { speechId: s.id, fields: { topic: 'Đầu tư công' } })
      .changed[0]!;
    expect(retitled).toMatchObject({ topic: 'Đầu tư công', allottedSeconds: 300 });
  });

  it('gives a speech its agenda item’s time unless told otherwise', () => {
    const h = start();
    const m = meeting(h, { agenda: [{ title: 'Thảo luận', speechMinutes: 7 }] });
    const item = m.agenda[0]!.id;
    expect(add(h, m.id, 'A', CENTER, { agendaItemId: item }).allottedSeconds).toBe(420);
    expect(
      add(h, m.id, 'B', CENTER, { agendaItemId: item, allottedSeconds: 120 }).allottedSeconds,
    ).toBe(120);
    expect(add(h, m.id, 'C').allottedSeconds).toBeNull();
  });

  it('runs a request through its trail, and a start ends the speech in progress', () => {
    const h = start();
    const m = meeting(h);
    const chair = add(h, m.id, 'Chủ trì');
    const local = add(h, m.id, 'Đỗ Trọng Hưng', LOCAL);
    act(h, m.id, 'startNext');
    act(h, m.id, 'send', local.id);
    h.clock.advance(MINUTE);
    act(h, m.id, 'call', local.id);
    const change = act(h, m.id, 'start', local.id);
    expect(change.changed.map((s) => [s.speaker.name, s.state])).toEqual([
      ['Chủ trì', 'spoke'],
      ['Đỗ Trọng Hưng', 'speaking'],
    ]);
    const [c, l] = list(h, m.id);
    expect(c!.id).toBe(chair.id);
    expect(l!.trail.map((t) => t.state)).toEqual(['queued', 'sent', 'called', 'speaking']);
    expect(elapsedMs(c!, 0)).toBe(MINUTE);
  });

  it('refuses what makes no sense, says why, and writes nothing', () => {
    const h = start();
    const m = meeting(h);
    const a = add(h, m.id, 'A');
    const before = rows(h, 'speech_events');
    expect(fail(h, 'speeches.act', { meetingId: m.id, action: 'end' })).toMatchObject({
      code: 'SPEECH_REFUSED',
      details: { reason: 'nothing_in_progress' },
    });
    expect(
      fail(h, 'speeches.act', { meetingId: m.id, action: 'send', speechId: a.id }),
    ).toMatchObject({
      code: 'SPEECH_REFUSED',
      details: { reason: 'not_local' },
    });
    expect(fail(h, 'speeches.act', { meetingId: m.id, action: 'call' }).code).toBe('VALIDATION');
    expect(rows(h, 'speech_events')).toBe(before);
    call(h, 'meetings.setStatus', { id: m.id, status: 'finalized' });
    expect(fail(h, 'speeches.act', { meetingId: m.id, action: 'startNext' }).code).toBe(
      'MEETING_LOCKED',
    );
  });

  it('moves a speech by writing that one row only', () => {
    const h = start();
    const m = meeting(h);
    const ids = Array.from({ length: 50 }, (_, i) => add(h, m.id, `Người ${i}`).id);
    const stamps = () =>
      new Map(
        (
          new Database(path.join(h.dataDir, DB_FILE), { readonly: true })
            .prepare('SELECT id, updated_at AS at FROM speeches')
            .all() as { id: string; at: string }[]
        ).map((r) => [r.id, r.at]),
      );
    const before = stamps();
    h.clock.advance(MINUTE);
    const change = call(h, 'speeches.move', { speechId: ids[40]!, afterId: ids[2]! });
    expect(change.changed.map((s) => s.id)).toEqual([ids[40]]);
    const after = stamps();
    expect([...after].filter(([id, at]) => before.get(id) !== at).map(([id]) => id)).toEqual([
      ids[40],
    ]);
    expect(
      list(h, m.id)
        .map((s) => s.id)
        .slice(0, 5),
    ).toEqual([ids[0], ids[1], ids[2], ids[40], ids[3]]);
  });

  it('stores events that rebuild exactly the state it shows', () => {
    const h = start();
    const m = meeting(h);
    const a = add(h, m.id, 'A', LOCAL);
    const b = add(h, m.id, 'B');
    add(h, m.id, 'C');
    act(h, m.id, 'send', a.id);
    act(h, m.id, 'start', b.id);
    h.clock.advance(30_000);
    act(h, m.id, 'pause');
    act(h, m.id, 'resume');
    call(h, 'speeches.move', { speechId: a.id, afterId: null });
    act(h, m.id, 'startNext');
    act(h, m.id, 'end');
    act(h, m.id, 'readd', b.id);
    const db = new Database(path.join(h.dataDir, DB_FILE), { readonly: true });
    try {
      const rebuilt = inOrder(replay(speechEvents(readable(db), m.id)));
      const shown = list(h, m.id);
      const essentials = (s: Pick<Speech, 'id' | 'state' | 'orderKey' | 'segments' | 'trail'>) => [
        s.id,
        s.state,
        s.orderKey,
        s.segments,
        s.trail,
      ];
      expect(rebuilt.map(essentials)).toEqual(shown.map(essentials));
    } finally {
      db.close();
    }
  });

  it('shows the right elapsed time after a restart, mid-speech', () => {
    const h = start();
    const m = meeting(h);
    add(h, m.id, 'A');
    act(h, m.id, 'startNext');
    h.clock.advance(95_000);
    h.core.close();
    const again = start(h.dataDir, h.clock);
    const { speeches, now } = call(again, 'speeches.list', { meetingId: m.id });
    expect(elapsedMs(speeches[0]!, now)).toBe(95_000);
  });

  it('keeps the speeches filed under agenda items when the meeting is edited', () => {
    const h = start();
    const m = meeting(h, { agenda: [{ title: 'Khai mạc' }, { title: 'Thảo luận' }] });
    const s = add(h, m.id, 'A', CENTER, { agendaItemId: m.agenda[1]!.id });
    const edited = call(h, 'meetings.update', {
      id: m.id,
      meeting: {
        ...m,
        agenda: [{ id: m.agenda[1]!.id, title: 'Thảo luận, đóng góp ý kiến' }, { title: 'Bế mạc' }],
      } as never,
    });
    expect(edited.agenda[0]!.id).toBe(m.agenda[1]!.id);
    expect(list(h, m.id)[0]!.agendaItemId).toBe(s.agendaItemId);
  });

  it('counts speeches and time per speaker and origin', () => {
    const h = start();
    const m = meeting(h);
    add(h, m.id, 'Chủ trì');
    add(h, m.id, 'Bí thư', { kind: 'point', provinceCode: 'quang-ninh' });
    act(h, m.id, 'startNext');
    h.clock.advance(2 * MINUTE);
    act(h, m.id, 'startNext');
    h.clock.advance(3 * MINUTE);
    act(h, m.id, 'end');
    const stats = call(h, 'speeches.stats', { meetingId: m.id });
    expect(stats.byOrigin.map((o) => [o.key, o.count, o.totalMs])).toEqual([
      ['point:quang-ninh', 1, 3 * MINUTE],
      ['center', 1, 2 * MINUTE],
    ]);
  });

  it('keeps a written contribution in the data folder, and gives it back', async () => {
    const h = start();
    const m = meeting(h);
    const s = add(h, m.id, 'A', LOCAL);
    const text = 'Tham luận của tỉnh';
    const change = await callAsync(h, 'speeches.attach', {
      speechId: s.id,
      fileName: '../../Tham luận.txt',
      dataBase64: Buffer.from(text).toString('base64'),
    });
    expect(change.changed[0]!.attachmentName).toBe('Tham luận.txt');
    const file = await callAsync(h, 'speeches.attachment', { speechId: s.id });
    expect(Buffer.from(file.dataBase64, 'base64').toString()).toBe(text);
    // The browser build has no system viewer: it downloads instead.
    expect(await callAsync(h, 'speeches.openAttachment', { speechId: s.id })).toEqual({
      opened: false,
    });
    expect(
      (await failAsync(h, 'speeches.attachment', { speechId: add(h, m.id, 'B').id })).code,
    ).toBe('NOT_FOUND');
  });
  it('keeps a running speech’s time true when the system clock is set, running or closed', () => {
    const clock = fixedClock();
    let reading = { wallMs: clock.now().getTime(), uptimeMs: 5_000_000, bootId: 'boot-1' };
    const system = { read: () => reading, watch: false };
    const h = start(tmpDir(), clock, { clock: system });
    const m = meeting(h);
    add(h, m.id, 'A');
    act(h, m.id, 'startNext');
    // A minute in, someone sets the system clock back an hour.
    const setBy = (wallMs: number, passedMs: number) => {
      clock.advance(wallMs);
      reading = {
        ...reading,
        wallMs: reading.wallMs + wallMs,
        uptimeMs: reading.uptimeMs + passedMs,
      };
    };
    setBy(MINUTE - 60 * MINUTE, MINUTE);
    h.events.length = 0;
    expect(h.core.checkClock()).toBe(-60 * MINUTE);
    expect(h.events).toContainEqual(['clock.changed', { deltaMs: -60 * MINUTE }]);
    let shown = call(h, 'speeches.list', { meetingId: m.id });
    expect(elapsedMs(shown.speeches[0]!, shown.now)).toBe(MINUTE);
    // Closed for two minutes, during which the clock is set forward ten minutes.
    h.core.close();
    setBy(12 * MINUTE, 2 * MINUTE);
    const again = start(h.dataDir, clock, { clock: system });
    shown = call(again, 'speeches.list', { meetingId: m.id });
    expect(elapsedMs(shown.speeches[0]!, shown.now)).toBe(3 * MINUTE);
  });
});
