import { describe, expect, it } from 'vitest';
import { invite, meeting, person } from '../testing/fixtures';
import { MINUTE, call, start } from '../testing/harness';

describe('the meeting’s timeline', () => {
  it('puts speeches, notes, check-ins and incidents in time order, and filters by kind', () => {
    const h = start();
    const m = meeting(h);
    const [inv] = invite(h, m, person(h, 'Đỗ Trọng Hưng'));
    call(h, 'attendance.set', { inviteeId: inv!.id, status: 'present' });
    h.clock.advance(MINUTE);
    const s = call(h, 'speeches.add', {
      meetingId: m.id,
      fields: { speaker: { name: 'Tô Lâm' }, origin: { kind: 'center' }, topic: 'Khai mạc' },
    }).changed[0]!;
    h.clock.advance(MINUTE);
    call(h, 'speeches.act', { meetingId: m.id, action: 'start', speechId: s.id });
    h.clock.advance(MINUTE);
    call(h, 'notes.create', { meetingId: m.id, kind: 'conclusion', body: 'Kết luận' });
    h.clock.advance(MINUTE);
    call(h, 'incidents.open', { meetingId: m.id, kind: 'sound' });
    h.clock.advance(MINUTE);
    call(h, 'incidents.close', { meetingId: m.id });
    const entries = call(h, 'timeline.list', { meetingId: m.id }).entries;
    expect(entries.map((e) => [e.kind, e.what, e.title || e.text])).toEqual([
      ['checkin', 'present', 'Đỗ Trọng Hưng'],
      ['speech', 'added', 'Tô Lâm'],
      ['speech', 'started', 'Tô Lâm'],
      ['note', 'conclusion', 'Kết luận'],
      ['incident', 'sound', ''],
    ]);
    expect(entries[4]!.until).toBe(h.clock.iso());
    const only = call(h, 'timeline.list', { meetingId: m.id, kinds: ['note', 'incident'] });
    expect(only.entries.map((e) => e.kind)).toEqual(['note', 'incident']);
  });
});
