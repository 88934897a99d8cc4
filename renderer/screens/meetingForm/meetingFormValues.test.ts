import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/api/schemas';
import {
  emptyAgendaItem,
  emptyMeetingValues,
  meetingFieldSpec,
  meetingToValues,
  readClockFields,
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
      agenda: [
        {
          title: 'Khai mạc',
          presenter: '',
          plannedStart: null,
          durationMinutes: null,
          speechMinutes: null,
        },
      ],
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
          speechMinutes: 5,
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
    // The item keeps its id, so speeches filed under it stay there.
    expect(input.agenda).toEqual(meeting.agenda);
  });

  it('reads every time field before sending, and says when a text was not yet its HH:mm', () => {
    const values = emptyMeetingValues('2025-08-15');
    values.startTime = '2:00 chiều';
    values.endTime = '';
    values.agenda = [
      { ...emptyAgendaItem(), title: 'Khai mạc', plannedStart: '14:00' },
      { ...emptyAgendaItem(), title: 'Báo cáo', plannedStart: '2 giờ rưỡi chiều' },
    ];
    const read = readClockFields(values);
    expect(read.refusals).toEqual({});
    expect(read.changed).toBe(true);
    expect(read.values.startTime).toBe('14:00');
    expect(read.values.endTime).toBe('');
    expect(read.values.agenda.map((a) => a.plannedStart)).toEqual(['14:00', '14:30']);
    expect(readClockFields(read.values).changed).toBe(false);
    const input = valuesToMeetingInput(read.values);
    expect(input.startTime).toBe('14:00');
    expect(input.endTime).toBeNull();
  });

  it('keeps refused times as typed, keyed by field, and never rewrites them', () => {
    const values = emptyMeetingValues('2025-08-15');
    values.startTime = '13 giờ sáng';
    values.endTime = '25 giờ';
    values.agenda = [{ ...emptyAgendaItem(), title: 'Khai mạc', plannedStart: '12 AM' }];
    const read = readClockFields(values);
    expect(Object.keys(read.refusals).sort()).toEqual([
      'agenda.0.plannedStart',
      'endTime',
      'startTime',
    ]);
    expect(read.refusals.startTime!.refusal.reason).toBe('clock.errors.periodMismatch');
    expect(read.refusals.endTime!.input).toBe('25 giờ');
    expect(read.values.startTime).toBe('13 giờ sáng');
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
