import type { ReportContent } from '../../../../shared/report/content';

/**
 * The editor's changes to the report, as pure functions over the content: a field set by its
 * path (the same path the core's validation issues carry, so a message lands beside its field),
 * and the rows of a list added, removed and moved. Nothing here knows React.
 */
export type Path = readonly (string | number)[];

export function getAt(value: unknown, path: Path): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy with the value at `path` replaced; every object on the way is copied, nothing else. */
export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[key as number] = setAt(copy[key as number], rest, next);
    return copy as T;
  }
  const obj = (value ?? {}) as Record<string | number, unknown>;
  return { ...obj, [key!]: setAt(obj[key!], rest, next) } as T;
}

/** The row moved by `delta` places (−1 up, +1 down); a move past either end changes nothing. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item!);
  return copy;
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Same content: what decides "unsaved changes". Key order is the schema's on both sides. */
export function sameContent(a: ReportContent | null, b: ReportContent | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** 750 → {minutes: 12, seconds: 30}; the editor shows a speech's length in two fields. */
export function splitDuration(total: number | null): { minutes: number; seconds: number } | null {
  if (total === null) return null;
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** Back to seconds; both fields empty means "not recorded". */
export function joinDuration(minutes: number | null, seconds: number | null): number | null {
  if (minutes === null && seconds === null) return null;
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

/** What a new row of each list starts as. */
export const NEW_ROW = {
  person: () => ({ name: '', position: '' }),
  other: () => ({ group: '', count: 0 }),
  absence: () => ({ name: '', position: '', excused: true, reason: '' }),
  substitute: () => ({ name: '', position: '', forName: '', forPosition: '' }),
  speech: (): ReportContent['speeches'][number] => ({
    speaker: '',
    position: '',
    origin: '',
    originKind: 'center',
    topic: '',
    agendaItem: '',
    startedAt: null,
    durationSeconds: null,
  }),
  item: () => ({ text: '' }),
  task: () => ({ text: '', owner: '', deadline: null }),
} as const;
