import { describe, expect, it } from 'vitest';
import { meeting } from '../testing/fixtures';
import { MINUTE, call, fail, rows, start } from '../testing/harness';

describe('the incident log', () => {
  it('opens with one call and closes the latest open one with another', () => {
    const h = start();
    const m = meeting(h);
    const sound = call(h, 'incidents.open', { meetingId: m.id, kind: 'sound' });
    h.clock.advance(MINUTE);
    const line = call(h, 'incidents.open', {
      meetingId: m.id,
      kind: 'backup_line',
      note: 'Chuyển',
    });
    h.clock.advance(MINUTE);
    expect(call(h, 'incidents.close', { meetingId: m.id })).toMatchObject({
      id: line.id,
      endedAt: h.clock.iso(),
    });
    h.clock.advance(MINUTE);
    expect(call(h, 'incidents.close', { meetingId: m.id }).id).toBe(sound.id);
    expect(fail(h, 'incidents.close', { meetingId: m.id }).code).toBe('NO_OPEN_INCIDENT');
    const list = call(h, 'incidents.list', { meetingId: m.id }).incidents;
    expect(list.map((i) => [i.kind, i.endedAt !== null])).toEqual([
      ['sound', true],
      ['backup_line', true],
    ]);
  });

  it('refuses an end before the start and changes nothing', () => {
    const h = start();
    const m = meeting(h);
    const i = call(h, 'incidents.open', { meetingId: m.id, kind: 'picture' });
    const err = fail(h, 'incidents.edit', {
      incidentId: i.id,
      fields: { endedAt: new Date(Date.parse(i.startedAt) - MINUTE).toISOString() },
    });
    expect(err).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['fields', 'endedAt'], message: 'end_before_start' }] },
    });
    expect(call(h, 'incidents.list', { meetingId: m.id }).incidents[0]!.endedAt).toBeNull();
    expect(fail(h, 'incidents.close', { meetingId: meeting(h).id, incidentId: i.id }).code).toBe(
      'NO_OPEN_INCIDENT',
    );
  });

  it('can be corrected and removed', () => {
    const h = start();
    const m = meeting(h);
    const i = call(h, 'incidents.open', { meetingId: m.id });
    expect(
      call(h, 'incidents.edit', { incidentId: i.id, fields: { kind: 'unstable', note: 'Giật' } }),
    ).toMatchObject({ kind: 'unstable', note: 'Giật' });
    // An edit of one field leaves the others as they were.
    expect(
      call(h, 'incidents.edit', { incidentId: i.id, fields: { kind: 'sound' } }),
    ).toMatchObject({
      kind: 'sound',
      note: 'Giật',
    });
    call(h, 'incidents.remove', { incidentId: i.id });
    expect(call(h, 'incidents.list', { meetingId: m.id }).incidents).toEqual([]);
    expect(rows(h, 'incidents')).toBe(1);
  });
});
