import type { AgendaItem } from '../../../../shared/api/schemas';
import type { Speech, SpeechFieldsInput } from '../../../../shared/api/speakingSchemas';

/**
 * The add/edit form's values and what it sends. Pure, so the rules the operator relies on
 * (the time follows the agenda item until typed, a picked speaker is named by the core from
 * the list or the directory) are tested without a screen.
 */

/** Who speaks: someone on this meeting's list, someone in the directory, or a name typed. */
export type SpeakerSource = 'invitee' | 'person' | 'typed';
export type OriginKind = 'center' | 'local' | 'point';

export interface SpeechFormValues {
  source: SpeakerSource;
  inviteeId: string | null;
  /** A directory entry: its id and the label shown for it. */
  person: { id: string; label: string } | null;
  name: string;
  position: string;
  originKind: OriginKind;
  provinceCode: string | null;
  pointName: string;
  topic: string;
  agendaItemId: string | null;
  /** Minutes, as the number field gives them: a number, or text while typed ('' = no limit). */
  minutes: number | string;
  /** Once the operator typed a time, choosing another agenda item no longer replaces it. */
  minutesTouched: boolean;
  /** Once the operator chose an origin, choosing a speaker no longer replaces it. */
  originTouched: boolean;
}

export function minutesOf(item: Pick<AgendaItem, 'speechMinutes'> | undefined): number | '' {
  return item?.speechMinutes ?? '';
}

export function newSpeechValues(agenda: readonly AgendaItem[], agendaItemId: string | null) {
  const item = agenda.find((a) => a.id === agendaItemId);
  const values: SpeechFormValues = {
    // Most entries are read out by the center: a name and a post, typed.
    source: 'typed',
    inviteeId: null,
    person: null,
    name: '',
    position: '',
    originKind: 'center',
    provinceCode: null,
    pointName: '',
    topic: '',
    agendaItemId: item ? item.id : null,
    minutes: minutesOf(item),
    minutesTouched: false,
    originTouched: false,
  };
  return values;
}

export function speechValues(speech: Speech): SpeechFormValues {
  const { speaker, origin } = speech;
  const source: SpeakerSource = speaker.inviteeId
    ? 'invitee'
    : speaker.personId
      ? 'person'
      : 'typed';
  return {
    source,
    inviteeId: speaker.inviteeId,
    person: speaker.personId
      ? {
          id: speaker.personId,
          label: speaker.position ? `${speaker.name} – ${speaker.position}` : speaker.name,
        }
      : null,
    name: speaker.name,
    position: speaker.position,
    originKind: origin.kind,
    provinceCode: origin.kind === 'point' ? origin.provinceCode : null,
    // A point chosen from the list is named by the core; only a typed name is shown as typed.
    pointName: origin.kind === 'point' && origin.provinceCode === null ? origin.name : '',
    topic: speech.topic,
    agendaItemId: speech.agendaItemId,
    minutes: speech.allottedSeconds === null ? '' : Math.round(speech.allottedSeconds / 6) / 10,
    minutesTouched: true,
    originTouched: true,
  };
}

/** The values after the operator picks a speaker source: a local pick speaks from here. */
/** What the form shows as it opens: the speech being edited, or a new one on `agendaItemId`. */
export function openingValues(
  speech: Speech | null,
  agenda: readonly AgendaItem[],
  agendaItemId: string | null,
): SpeechFormValues {
  return speech ? speechValues(speech) : newSpeechValues(agenda, agendaItemId);
}

export function withSource(values: SpeechFormValues, source: SpeakerSource): SpeechFormValues {
  const local = source !== 'typed' && !values.originTouched;
  return { ...values, source, ...(local ? { originKind: 'local' as const } : {}) };
}

/** The values after the operator picks an agenda item: its time per speech, unless typed. */
export function withAgendaItem(
  values: SpeechFormValues,
  agenda: readonly AgendaItem[],
  agendaItemId: string | null,
): SpeechFormValues {
  const item = agenda.find((a) => a.id === agendaItemId);
  return {
    ...values,
    agendaItemId,
    ...(values.minutesTouched ? {} : { minutes: minutesOf(item) }),
  };
}

/** Seconds from the minutes field; null (no limit) when it is empty. */
export function allottedSeconds(minutes: number | string): number | null {
  const n = typeof minutes === 'number' ? minutes : parseFloat(minutes.replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 60) : null;
}

/**
 * What the form sends. A speaker picked from the list or the directory goes by id, with no
 * name: the core names them from the record (and a substitute by who came). Another point
 * goes by its province, its typed name, or both (the name wins, e.g. a district's point).
 */
export function speechFields(values: SpeechFormValues): SpeechFieldsInput {
  const speaker =
    values.source === 'invitee'
      ? { inviteeId: values.inviteeId, personId: null, name: '', position: '' }
      : values.source === 'person'
        ? { personId: values.person?.id ?? null, inviteeId: null, name: '', position: '' }
        : { personId: null, inviteeId: null, name: values.name, position: values.position };
  const origin =
    values.originKind === 'point'
      ? { kind: 'point' as const, provinceCode: values.provinceCode, name: values.pointName }
      : { kind: values.originKind };
  return {
    speaker,
    origin,
    topic: values.topic,
    agendaItemId: values.agendaItemId,
    allottedSeconds: allottedSeconds(values.minutes),
  };
}
