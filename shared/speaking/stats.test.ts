import { describe, expect, it } from 'vitest';
import type { Speech } from './model';
import { speakingStats } from './stats';

const MIN = 60_000;

function speech(
  id: string,
  name: string,
  origin: Speech['origin'],
  segments: [number, number | null][],
  extra: Partial<Speech> = {},
): Speech {
  return {
    id,
    orderKey: id,
    state: segments.length ? 'spoke' : 'queued',
    trail: [],
    segments: segments.map(([start, end]) => ({ start, end })),
    readdedFrom: null,
    createdAt: 0,
    speaker: { personId: null, inviteeId: null, name, position: 'Bí thư' },
    origin,
    topic: '',
    agendaItemId: 'a1',
    allottedSeconds: 5 * 60,
    ...extra,
  };
}

describe('speaking statistics', () => {
  it('counts speeches and time per speaker, per origin and per agenda item, with overruns', () => {
    const daklak = { kind: 'point', provinceCode: 'dak-lak', name: 'Đắk Lắk' } as const;
    const stats = speakingStats(
      [
        speech('1', 'Chủ trì', { kind: 'center' }, [[0, 3 * MIN]]),
        speech('2', 'Bí thư Đắk Lắk', daklak, [[3 * MIN, 9 * MIN]]), // 1 minute over
        speech('3', 'Bí thư Đắk Lắk', { ...daklak, name: 'Đắc Lắc' }, [[10 * MIN, 12 * MIN]]),
        speech('4', 'Đỗ Trọng Hưng', { kind: 'local' }, [[12 * MIN, null]], { agendaItemId: 'a2' }),
        speech('5', 'Chưa nói', { kind: 'local' }, []),
      ],
      [
        { id: 'a1', plannedStart: '08:00', durationMinutes: 10 },
        { id: 'a2', plannedStart: '08:10', durationMinutes: 20 },
      ],
      13 * MIN,
    );
    expect(stats).toMatchObject({ count: 4, totalMs: 12 * MIN, overruns: 1, overrunMs: MIN });
    expect(stats.bySpeaker.map((s) => [s.name, s.count, s.totalMs])).toEqual([
      ['Bí thư Đắk Lắk', 2, 8 * MIN],
      ['Chủ trì', 1, 3 * MIN],
      ['Đỗ Trọng Hưng', 1, MIN],
    ]);
    expect(stats.byOrigin.map((o) => [o.key, o.count, o.totalMs])).toEqual([
      ['point:dak-lak', 2, 8 * MIN],
      ['center', 1, 3 * MIN],
      ['local', 1, MIN],
    ]);
    expect(stats.byAgendaItem).toEqual([
      {
        agendaItemId: 'a1',
        plannedStart: '08:00',
        plannedMinutes: 10,
        actualStart: 0,
        actualEnd: 12 * MIN,
        count: 3,
        totalMs: 11 * MIN,
      },
      {
        agendaItemId: 'a2',
        plannedStart: '08:10',
        plannedMinutes: 20,
        actualStart: 12 * MIN,
        actualEnd: 13 * MIN,
        count: 1,
        totalMs: MIN,
      },
    ]);
  });
});
