import type { Meeting, MeetingInput } from '../../../shared/api/schemas';
import type { FieldSpec } from '../../errors/fieldErrors';
import type { PersonChoice } from '../../components/PersonSelect';
import { normalizeClock } from '../../format/clock';

/** List rows carry a stable key so React keeps focus on the right input when rows move. */
export interface ChairValues {
  key: number;
  name: string;
  position: string;
}

export interface AgendaValues {
  key: number;
  title: string;
  presenter: string;
  /** "HH:mm" or '' when not planned. */
  plannedStart: string;
  durationMinutes: number | '';
}

export interface MeetingFormValues {
  title: string;
  centerHost: string;
  centerChairs: ChairValues[];
  localChair: PersonChoice | null;
  date: string;
  startTime: string;
  /** '' when no end time is planned. */
  endTime: string;
  agenda: AgendaValues[];
}

let lastKey = 0;
export const nextRowKey = () => ++lastKey;

export const emptyChair = (): ChairValues => ({ key: nextRowKey(), name: '', position: '' });

export const emptyAgendaItem = (): AgendaValues => ({
  key: nextRowKey(),
  title: '',
  presenter: '',
  plannedStart: '',
  durationMinutes: '',
});

export function emptyMeetingValues(today: string): MeetingFormValues {
  return {
    title: '',
    centerHost: '',
    centerChairs: [],
    localChair: null,
    date: today,
    startTime: '',
    endTime: '',
    agenda: [],
  };
}

export function meetingToValues(m: Meeting): MeetingFormValues {
  return {
    title: m.title,
    centerHost: m.centerHost,
    centerChairs: m.centerChairs.map((c) => ({ key: nextRowKey(), ...c })),
    localChair:
      m.localChairId === null ? null : { id: m.localChairId, label: m.localChairName ?? '' },
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime ?? '',
    agenda: m.agenda.map((a) => ({
      key: nextRowKey(),
      title: a.title,
      presenter: a.presenter,
      plannedStart: a.plannedStart ?? '',
      durationMinutes: a.durationMinutes ?? '',
    })),
  };
}

/** Empty optional inputs become null, which is what the contract means by "not planned". */
export function valuesToMeetingInput(v: MeetingFormValues): MeetingInput {
  return {
    title: v.title,
    centerHost: v.centerHost,
    centerChairs: v.centerChairs.map(({ name, position }) => ({ name, position })),
    localChairId: v.localChair?.id ?? null,
    date: v.date,
    startTime: normalizeClock(v.startTime),
    endTime: v.endTime.trim() === '' ? null : normalizeClock(v.endTime),
    agenda: v.agenda.map((a) => ({
      title: a.title,
      presenter: a.presenter,
      plannedStart: a.plannedStart.trim() === '' ? null : normalizeClock(a.plannedStart),
      durationMinutes: a.durationMinutes === '' ? null : a.durationMinutes,
    })),
  };
}

const FIELD_PATTERN =
  /^(title|centerHost|localChairId|date|startTime|endTime)$|^centerChairs\.\d+\.(name|position)$|^agenda\.\d+\.(title|presenter|plannedStart|durationMinutes)$/;

/** Issue paths of meetings.create, or of meetings.update under its `meeting` key. */
export function meetingFieldSpec(editing: boolean): FieldSpec {
  return {
    ...(editing ? { prefix: ['meeting'] } : {}),
    claims: (key) => FIELD_PATTERN.test(key),
  };
}
