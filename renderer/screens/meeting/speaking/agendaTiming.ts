/**
 * One agenda item as planned beside what happened: when its first speech began against the
 * planned start, and how long its speeches took (first start to last end) against the planned
 * length. The core counts (speeches.stats); this only compares, for the statistics table.
 */

export interface AgendaActual {
  plannedStart: string | null;
  plannedMinutes: number | null;
  actualStart: number | null;
  actualEnd: number | null;
}

export interface AgendaComparison {
  /** From the first start to the last end, in ms; null before anyone spoke under the item. */
  actualMs: number | null;
  /** Actual length minus planned length, in whole minutes (positive: longer than planned). */
  lengthDiffMinutes: number | null;
  /** Actual start minus planned start, in whole minutes (positive: later than planned). */
  startDiffMinutes: number | null;
}

const MINUTE = 60_000;
/**
 * A planned start is a time on the meeting's date. Further than this from the actual start,
 * the comparison says nothing useful (a meeting held on another day than planned, a test
 * run), so none is given.
 */
const MEANINGFUL_START_DIFF = 12 * 60 * MINUTE;

/** The instant of "HH:MM" on the ISO date, in local time; null if either does not read. */
export function localInstant(isoDate: string, clock: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const c = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!d || !c) return null;
  const at = new Date(+d[1]!, +d[2]! - 1, +d[3]!, +c[1]!, +c[2]!).getTime();
  return Number.isNaN(at) ? null : at;
}

export function compareWithPlan(row: AgendaActual, meetingDate: string): AgendaComparison {
  const actualMs =
    row.actualStart !== null && row.actualEnd !== null ? row.actualEnd - row.actualStart : null;
  const lengthDiffMinutes =
    actualMs !== null && row.plannedMinutes !== null
      ? Math.round(actualMs / MINUTE) - row.plannedMinutes
      : null;
  const planned = row.plannedStart ? localInstant(meetingDate, row.plannedStart) : null;
  const startDiff = planned !== null && row.actualStart !== null ? row.actualStart - planned : null;
  const startDiffMinutes =
    startDiff !== null && Math.abs(startDiff) <= MEANINGFUL_START_DIFF
      ? Math.round(startDiff / MINUTE)
      : null;
  return { actualMs, lengthDiffMinutes, startDiffMinutes };
}
