import type { Invitee } from '../api/schemas';
import type { Incident } from '../api/notesSchemas';
import type { NoteKind } from '../notes/model';
import { ATTENDING_STATUSES, computeHeadcount } from '../attendance/headcount';
import type { Origin, Speech } from '../speaking/model';
import { elapsedMs } from '../speaking/timing';
import type { ReportContent, ReportSpeech } from './content';
import { REPORT_SCHEMA_VERSION } from './content';
import { CENTER_ORIGIN, UNGROUPED, pointOrigin } from './wording';

/** What the draft is made of; the core reads it, the generator only arranges it. */
export interface DraftSource {
  meeting: {
    id: string;
    title: string;
    centerHost: string;
    date: string;
    startTime: string;
    endTime: string | null;
    centerChairs: readonly { name: string; position: string }[];
    agenda: readonly { id: string; title: string }[];
  };
  localChair: { name: string; position: string } | null;
  point: { pointName: string; pointCode: string; placeName: string };
  /** In protocol order. */
  invitees: readonly Pick<
    Invitee,
    | 'fullName'
    | 'position'
    | 'groupId'
    | 'groupName'
    | 'groupOrder'
    | 'status'
    | 'reason'
    | 'substituteName'
    | 'substitutePosition'
  >[];
  /** In the log's order. */
  speeches: readonly Speech[];
  notes: readonly {
    kind: NoteKind;
    body: string;
    taskOwner: string;
    taskDeadline: string | null;
    takenAt: string;
  }[];
  incidents: readonly Pick<Incident, 'kind' | 'startedAt' | 'endedAt' | 'note'>[];
  provinceName: (code: string) => string | null;
  /** The core's clock: a speech still running counts up to now. */
  now: number;
}

/**
 * How many people a report names before it counts the rest by group. Reports name the leaders
 * present and then say "cùng lãnh đạo các sở, ban, ngành": whole protocol groups are named in
 * order while the names stay within this, so a group is never half named.
 */
export const NAMED_LIMIT = 15;

function attendance(source: DraftSource): ReportContent['attendance'] {
  const headcount = computeHeadcount(source.invitees);
  const seated = source.invitees.filter(
    (i) => ATTENDING_STATUSES.has(i.status) && i.status !== 'substituted',
  );
  const groups: { group: string; people: typeof seated }[] = [];
  for (const inv of seated) {
    const group = inv.groupName ?? UNGROUPED;
    const last = groups[groups.length - 1];
    if (last && last.group === group) last.people.push(inv);
    else groups.push({ group, people: [inv] });
  }
  const leaders: ReportContent['attendance']['leaders'] = [];
  const others: ReportContent['attendance']['others'] = [];
  for (const g of groups) {
    const fits = leaders.length === 0 || leaders.length + g.people.length <= NAMED_LIMIT;
    if (fits && others.length === 0) {
      leaders.push(...g.people.map((p) => ({ name: p.fullName, position: p.position })));
    } else {
      others.push({ group: g.group, count: g.people.length });
    }
  }
  return {
    invited: headcount.total.invited,
    attending: headcount.total.attending,
    byStatus: headcount.total.byStatus,
    byGroup: headcount.byGroup.map((r) => ({
      group: r.groupName ?? UNGROUPED,
      invited: r.invited,
      attending: r.attending,
    })),
    leaders,
    others,
    absences: source.invitees
      .filter((i) => i.status === 'absent' || i.status === 'absent_excused')
      .map((i) => ({
        name: i.fullName,
        position: i.position,
        excused: i.status === 'absent_excused',
        reason: i.reason,
      })),
    substitutes: source.invitees
      .filter((i) => i.status === 'substituted')
      .map((i) => ({
        name: i.substituteName,
        position: i.substitutePosition,
        forName: i.fullName,
        forPosition: i.position,
      })),
  };
}

/** What the origin reads as in a document: the center, this point, or another named point. */
export function originLabel(
  origin: Origin,
  pointName: string,
  provinceName: (code: string) => string | null,
): string {
  if (origin.kind === 'center') return CENTER_ORIGIN;
  if (origin.kind === 'local') return pointOrigin(pointName);
  const province = origin.provinceCode ? provinceName(origin.provinceCode) : null;
  return pointOrigin(province ?? origin.name);
}

/** Speeches that were heard, in the order they began: the report's and the speech log's. */
export function heardSpeeches(
  list: readonly Speech[],
  agendaItems: readonly { id: string; title: string }[],
  pointName: string,
  provinceName: (code: string) => string | null,
  now: number,
): ReportSpeech[] {
  const agenda = new Map(agendaItems.map((a) => [a.id, a.title]));
  return list
    .filter((s) => s.segments.length > 0)
    .map((s) => ({ s, began: s.segments[0]!.start }))
    .sort((a, b) => a.began - b.began)
    .map(({ s, began }) => ({
      speaker: s.speaker.name,
      position: s.speaker.position,
      origin: originLabel(s.origin, pointName, provinceName),
      originKind: s.origin.kind,
      topic: s.topic,
      agendaItem: s.agendaItemId ? (agenda.get(s.agendaItemId) ?? '') : '',
      startedAt: new Date(began).toISOString(),
      durationSeconds: Math.round(elapsedMs(s, now) / 1000),
    }));
}

const byTime = <T extends { takenAt: string }>(a: T, b: T) =>
  Date.parse(a.takenAt) - Date.parse(b.takenAt);

/**
 * The summary's first draft, in the usual shape: the meeting, who chaired, attendance, the
 * course of the meeting, then conclusions, the province's recommendations, tasks and incidents.
 * Notes become items of their kind's section in the order they were taken; general notes are
 * the operator's own and stay out.
 */
export function draftReport(source: DraftSource): ReportContent {
  const notes = [...source.notes].filter((n) => n.body.trim() !== '').sort(byTime);
  const of = (kind: NoteKind) =>
    notes.filter((n) => n.kind === kind).map((n) => ({ text: n.body }));
  const m = source.meeting;
  return {
    schema: REPORT_SCHEMA_VERSION,
    meeting: {
      id: m.id,
      title: m.title,
      centerHost: m.centerHost,
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      ...source.point,
    },
    chairs: {
      center: m.centerChairs.map((c) => ({ name: c.name, position: c.position })),
      local: source.localChair,
    },
    attendance: attendance(source),
    speeches: heardSpeeches(
      source.speeches,
      m.agenda,
      source.point.pointName,
      source.provinceName,
      source.now,
    ),
    opinions: of('opinion'),
    conclusions: of('conclusion'),
    recommendations: of('recommendation'),
    tasks: notes
      .filter((n) => n.kind === 'task')
      .map((n) => ({ text: n.body, owner: n.taskOwner, deadline: n.taskDeadline })),
    incidents: [...source.incidents]
      .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))
      .map((i) => ({ kind: i.kind, startedAt: i.startedAt, endedAt: i.endedAt, note: i.note })),
    remarks: '',
  };
}
