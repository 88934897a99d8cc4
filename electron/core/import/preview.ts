/**
 * What each row of a roster would become in the directory: its group and rank, and whether it
 * repeats an earlier row or someone already there. Pure, over a snapshot of the directory taken
 * when the reading starts, so it runs in the core's worker with the parse: for a file near the
 * size limit it is seconds of work the core's thread must not spend while check-ins arrive.
 */
import type { ImportPreviewRow, PositionRule } from '../../../shared/api/directorySchemas';
import { MAX_REMARK } from '../../../shared/api/schemas';
import { compileRules } from '../../../shared/protocol/positionRules';
import { foldText } from '../../../shared/text/fold';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { PersonIdentity } from '../db/queries/people';
import type { RosterReadResult, RosterRow } from './roster';

/** What the preview needs of the directory, as plain data the worker can be sent. */
export interface DirectorySnapshot {
  groups: { id: string; name: string; sortOrder: number }[];
  rules: PositionRule[];
  /** Everyone active, oldest first: the first of two namesakes is the one a row matches. */
  people: PersonIdentity[];
}

export interface DirectoryEntry {
  id: string;
  fullName: string;
  position: string;
  unit: string;
}

/**
 * Same person = same name and unit, letter for letter (case and tone placement aside).
 * Accent-insensitive here would make "Hưng" a duplicate of "Hùng", and the default "skip"
 * would then drop a real person.
 */
const exact = (text: string) => normaliseVietnamese(text).toLowerCase();
const identity = (fullName: string, unit: string) => `${exact(fullName)}|${exact(unit)}`;

function activeDirectory(people: readonly PersonIdentity[]): Map<string, DirectoryEntry> {
  const map = new Map<string, DirectoryEntry>();
  for (const [id, fullName, position, unit] of people) {
    const key = identity(fullName, unit);
    if (!map.has(key)) map.set(key, { id, fullName, position, unit });
  }
  return map;
}

function placeRow(
  row: RosterRow,
  groupsByName: Map<string, string>,
  suggest: ReturnType<typeof compileRules>,
): Pick<ImportPreviewRow, 'groupId' | 'rank' | 'groupSource'> {
  const fromFile = row.group ? groupsByName.get(foldText(row.group)) : undefined;
  if (fromFile) return { groupId: fromFile, rank: row.rank, groupSource: 'file' };
  const suggested = suggest(row.position);
  if (suggested)
    return { groupId: suggested.groupId, rank: row.rank ?? suggested.rank, groupSource: 'rule' };
  return { groupId: null, rank: row.rank, groupSource: 'none' };
}

const LIMITS = { fullName: 120, position: 200, unit: 200, note: 500, remark: MAX_REMARK } as const;
const PHONE = /^[0-9+().\s-]{0,30}$/;

/**
 * Makes a row acceptable to the directory without losing anything: a phone cell the phone
 * field cannot hold ("ĐT: 0912…/0237…") moves into the note, a rank outside 1–9999 is dropped
 * (the position rules or the operator rank the person); only text too long to store is a problem.
 */
function fitToDirectory(r: RosterRow): RosterRow & { tooLong: boolean } {
  let { phone, note, rank } = r;
  if (!PHONE.test(phone)) {
    note = note ? `${note}; ${phone}` : phone;
    phone = '';
  }
  if (rank !== null && (rank < 1 || rank > 9999)) rank = null;
  const tooLong =
    r.fullName.length > LIMITS.fullName ||
    r.position.length > LIMITS.position ||
    r.unit.length > LIMITS.unit ||
    note.length > LIMITS.note ||
    r.remark.length > LIMITS.remark;
  return { ...r, phone, note, rank, tooLong };
}

/** What each row would become, against the directory as the snapshot has it. */
export function previewRows(
  read: Pick<RosterReadResult, 'rows'>,
  snapshot: DirectorySnapshot,
): ImportPreviewRow[] {
  const { groups } = snapshot;
  const groupsByName = new Map(groups.map((g) => [foldText(g.name), g.id]));
  const suggest = compileRules(snapshot.rules, new Map(groups.map((g) => [g.id, g.sortOrder])));
  const directory = activeDirectory(snapshot.people);
  const firstLine = new Map<string, number>();
  return read.rows.map((raw) => {
    const r = fitToDirectory(raw);
    const problems: ImportPreviewRow['problems'] = [...r.problems];
    if (r.tooLong) problems.push('too_long');
    const key = identity(r.fullName, r.unit);
    let duplicateOfLine: number | null = null;
    let existing: DirectoryEntry | null = null;
    if (r.fullName) {
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        duplicateOfLine = seen;
        problems.push('duplicate_in_file');
      } else firstLine.set(key, r.line);
      existing = directory.get(key) ?? null;
      if (existing) problems.push('in_directory');
    }
    return {
      line: r.line,
      fullName: r.fullName,
      position: r.position,
      unit: r.unit,
      phone: r.phone,
      note: r.note,
      remark: r.remark,
      givenName: r.sortName ?? '',
      ...placeRow(r, groupsByName, suggest),
      problems,
      duplicateOfLine,
      existing,
    };
  });
}
