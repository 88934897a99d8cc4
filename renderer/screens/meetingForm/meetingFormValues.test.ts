import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/api/schemas';
import {
  emptyAgendaItem,
  emptyMeetingValues,
  meetingFieldSpec,
  meetingToValues,
  valuesToMeetingInput,
} from './meetingFormValues';

describe('meeting form values', () => {
  it('sends empty optional times and durations as null', () => {
    const values = emptyMeetingValues('2025-08-15');
    values.title = 'Hội nghị';
    values.startTime = '08:00';
    values.agenda = [{ ...emptyAgendaItem(), title: 'Khai mạc' }];
    expect(valuesToMeetingInput(values)).toEqual({
      title: 'Hội nghị',
      centerHost: '',
      centerChairs: [],
      localChairId: null,
      date: '2025-08-15',
      startTime: '08:00',
      endTime: null,
      agenda: [{ title: 'Khai mạc', presenter: '', plannedStart: null, durationMinutes: null }],
    });
  });

  it('round-trips a stored meeting', () => {
    const meeting: Meeting = {
      id: 'm1',
      title: 'Quán triệt Nghị quyết',
      centerHost: 'Thường trực Ban Bí thư',
      centerChairs: [{ name: 'Trần Văn B', position: 'Thường trực Ban Bí thư' }],
      localChairId: 'p1',
      localChairName: 'Nguyễn Văn A',
      date: '2023-07-28',
      startTime: '08:00',
      endTime: '11:30',
      agenda: [
        {
          id: 'a1',
          title: 'Khai mạc',
          presenter: 'Trần Văn B',
          plannedStart: '08:00',
          durationMinutes: 10,
        },
      ],
      status: 'planned',
      archivedAt: null,
      clonedFromId: null,
      createdAt: '2023-07-01T00:00:00.000Z',
      updatedAt: '2023-07-01T00:00:00.000Z',
    };
    const input = valuesToMeetingInput(meetingToValues(meeting));
    expect(input.localChairId).toBe('p1');
    expect(input.endTime).toBe('11:30');
    expect(input.centerChairs).toEqual(meeting.centerChairs);
    expect(input.agenda).toEqual([
      { title: 'Khai mạc', presenter: 'Trần Văn B', plannedStart: '08:00', durationMinutes: 10 },
    ]);
  });

  it('claims the fields the form shows, under the update prefix when editing', () => {
    const spec = meetingFieldSpec(true);
    expect(spec.prefix).toEqual(['meeting']);
    expect(spec.claims('agenda.3.plannedStart')).toBe(true);
    expect(spec.claims('centerChairs.0.name')).toBe(true);
    expect(spec.claims('agenda')).toBe(false);
    expect(meetingFieldSpec(false).prefix).toBeUndefined();
  });
});
