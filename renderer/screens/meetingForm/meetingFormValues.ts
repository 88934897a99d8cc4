import type { Meeting, MeetingInput } from '../../../shared/api/schemas';
import type { FieldSpec } from '../../errors/fieldErrors';
import type { PersonChoice } from '../../components/PersonSelect';
import type { ClockRefusal } from '../../format/clock';
import { parseClock } from '../../../shared/time/clock';

/** List rows carry a stable key so React keeps focus on the right input when rows move. */
export interface ChairValues {
  key: number;
  name: string;
  position: string;
}

export interface AgendaValues {
  key: number;
  /** The stored item's id (speeches are filed under it); null for a new item. */
  id: string | null;
  title: string;
  presenter: string;
  /** "HH:mm" or '' when not planned. */
  plannedStart: string;
  durationMinutes: number | '';
  /** Default time per speech under this item. */
  speechMinutes: number | '';
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
  id: null,
  title: '',
  presenter: '',
  plannedStart: '',
  durationMinutes: '',
  speechMinutes: '',
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
      id: a.id,
      title: a.title,
      presenter: a.presenter,
      plannedStart: a.plannedStart ?? '',
      durationMinutes: a.durationMinutes ?? '',
      speechMinutes: a.speechMinutes ?? '',
    })),
  };
}

/** Time texts the shared parser refused, keyed by field path ("agenda.0.plannedStart"). */
export type ClockRefusals = Readonly<Record<string, { input: string; refusal: ClockRefusal }>>;

export interface ClockReading {
  /** The values with every readable time as its "HH:mm". */
  values: MeetingFormValues;
  refusals: ClockRefusals;
  /** True when some field's text was not yet its "HH:mm": the operator has not seen the reading. */
  changed: boolean;
}

/**
 * Reads every time field of the form with the shared parser, before anything is sent: the form
 * must never send a time it could not read (the core would only say "invalid"), nor one the
 * operator has not seen read. An empty start time is left for the core, which says it is
 * required; empty optional times stay empty.
 */
export function readClockFields(v: MeetingFormValues): ClockReading {
  const refusals: Record<string, { input: string; refusal: ClockRefusal }> = {};
  let changed = false;
  const read = (key: string, text: string): string => {
    if (text.trim() === '') return text;
    const result = parseClock(text);
    if (!result.ok) {
      refusals[key] = { input: text, refusal: result };
      return text;
    }
    if (result.value !== text) changed = true;
    return result.value;
  };
  const values: MeetingFormValues = {
    ...v,
    startTime: read('startTime', v.startTime),
    endTime: read('endTime', v.endTime),
    agenda: v.agenda.map((a, i) => ({
      ...a,
      plannedStart: read(`agenda.${i}.plannedStart`, a.plannedStart),
    })),
  };
  return { values, refusals, changed };
}

/**
 * Empty optional inputs become null, which is what the contract means by "not planned".
 * Times are sent as they stand: `readClockFields` has made them "HH:mm" (or refused them) first.
 */
export function valuesToMeetingInput(v: MeetingFormValues): MeetingInput {
  return {
    title: v.title,
    centerHost: v.centerHost,
    centerChairs: v.centerChairs.map(({ name, position }) => ({ name, position })),
    localChairId: v.localChair?.id ?? null,
    date: v.date,
    startTime: v.startTime.trim(),
    endTime: v.endTime.trim() === '' ? null : v.endTime.trim(),
    agenda: v.agenda.map((a) => ({
      ...(a.id === null ? {} : { id: a.id }),
      title: a.title,
      presenter: a.presenter,
      plannedStart: a.plannedStart.trim() === '' ? null : a.plannedStart.trim(),
      durationMinutes: a.durationMinutes === '' ? null : a.durationMinutes,
      speechMinutes: a.speechMinutes === '' ? null : a.speechMinutes,
    })),
  };
}

const FIELD_PATTERN =
  /^(title|centerHost|localChairId|date|startTime|endTime)$|^centerChairs\.\d+\.(name|position)$|^agenda\.\d+\.(title|presenter|plannedStart|durationMinutes|speechMinutes)$/;

/** Issue paths of meetings.create, or of meetings.update under its `meeting` key. */
export function meetingFieldSpec(editing: boolean): FieldSpec {
  return {
    ...(editing ? { prefix: ['meeting'] } : {}),
    claims: (key) => FIELD_PATTERN.test(key),
  };
}
