import { foldText } from '../text/fold';
import type { Origin, Speech } from './model';
import { elapsedMs, overrunMs } from './timing';

export interface Tally {
  count: number;
  totalMs: number;
}

export interface SpeakingStats extends Tally {
  /** Speeches that went over their time, and by how much in all. */
  overruns: number;
  overrunMs: number;
  bySpeaker: (Tally & { key: string; name: string; position: string; origin: Origin })[];
  byOrigin: (Tally & { key: string; origin: Origin })[];
  byAgendaItem: (Tally & {
    agendaItemId: string | null;
    /** From the agenda: "HH:MM" and minutes, when planned. */
    plannedStart: string | null;
    plannedMinutes: number | null;
    /** When its first speech started and its last one ended (or now, if still running). */
    actualStart: number | null;
    actualEnd: number | null;
  })[];
}

export interface AgendaPlan {
  id: string;
  plannedStart: string | null;
  durationMinutes: number | null;
}

/** The same person, however they were entered: by directory entry, invitee, or name and post. */
export function speakerKey(s: Pick<Speech, 'speaker' | 'origin'>): string {
  if (s.speaker.personId) return `person:${s.speaker.personId}`;
  if (s.speaker.inviteeId) return `invitee:${s.speaker.inviteeId}`;
  return `name:${foldText(s.speaker.name)}|${foldText(s.speaker.position)}|${originKey(s.origin)}`;
}

export function originKey(o: Origin): string {
  if (o.kind !== 'point') return o.kind;
  return o.provinceCode ? `point:${o.provinceCode}` : `point:${foldText(o.name)}`;
}

function add<T extends Tally>(map: Map<string, T>, key: string, make: () => T, ms: number): void {
  let entry = map.get(key);
  if (!entry) {
    entry = make();
    map.set(key, entry);
  }
  entry.count++;
  entry.totalMs += ms;
}

/**
 * What was said, counted: speeches and time per speaker, per origin (the center, this point,
 * each other point) and per agenda item, with the agenda's plan beside what happened. Only
 * speeches that started count; the one in progress counts up to `now`.
 */
export function speakingStats(
  speeches: readonly Speech[],
  agenda: readonly AgendaPlan[],
  now: number,
): SpeakingStats {
  const spoken = speeches.filter((s) => s.segments.length > 0);
  const bySpeaker = new Map<string, SpeakingStats['bySpeaker'][number]>();
  const byOrigin = new Map<string, SpeakingStats['byOrigin'][number]>();
  const byItem = new Map<string, SpeakingStats['byAgendaItem'][number]>();
  for (const item of agenda) {
    byItem.set(item.id, {
      agendaItemId: item.id,
      plannedStart: item.plannedStart,
      plannedMinutes: item.durationMinutes,
      actualStart: null,
      actualEnd: null,
      count: 0,
      totalMs: 0,
    });
  }
  let totalMs = 0;
  let overruns = 0;
  let overrunTotal = 0;
  for (const s of spoken) {
    const ms = elapsedMs(s, now);
    totalMs += ms;
    const over = overrunMs(s, now);
    if (over > 0) {
      overruns++;
      overrunTotal += over;
    }
    add(
      bySpeaker,
      speakerKey(s),
      () => ({
        key: speakerKey(s),
        name: s.speaker.name,
        position: s.speaker.position,
        origin: s.origin,
        count: 0,
        totalMs: 0,
      }),
      ms,
    );
    add(
      byOrigin,
      originKey(s.origin),
      () => ({ key: originKey(s.origin), origin: s.origin, count: 0, totalMs: 0 }),
      ms,
    );
    const itemKey = s.agendaItemId ?? '';
    add(
      byItem,
      itemKey,
      () => ({
        agendaItemId: s.agendaItemId,
        plannedStart: null,
        plannedMinutes: null,
        actualStart: null,
        actualEnd: null,
        count: 0,
        totalMs: 0,
      }),
      ms,
    );
    const item = byItem.get(itemKey)!;
    const start = s.segments[0]!.start;
    const end = s.segments[s.segments.length - 1]!.end ?? now;
    item.actualStart = item.actualStart === null ? start : Math.min(item.actualStart, start);
    item.actualEnd = item.actualEnd === null ? end : Math.max(item.actualEnd, end);
  }
  const byTime = <T extends Tally>(a: T, b: T) => b.totalMs - a.totalMs || b.count - a.count;
  return {
    count: spoken.length,
    totalMs,
    overruns,
    overrunMs: overrunTotal,
    bySpeaker: [...bySpeaker.values()].sort(byTime),
    byOrigin: [...byOrigin.values()].sort(byTime),
    // Agenda order; speeches outside any item last.
    byAgendaItem: [
      ...agenda.map((a) => byItem.get(a.id)!),
      ...[...byItem.values()].filter((x) => !agenda.some((a) => a.id === x.agendaItemId)),
    ],
  };
}
