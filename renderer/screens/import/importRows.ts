import type {
  ImportAction,
  ImportCommitRow,
  ImportPreviewRow,
} from '../../../shared/api/directorySchemas';
import type { FieldIssue } from '../../../shared/api/errors';

/** What the operator decided for one row of the file. */
export interface RowChoice {
  groupId: string | null;
  action: ImportAction;
}

/** Choices by the row's line number in the file. */
export type RowChoices = ReadonlyMap<number, RowChoice>;

const has = (row: ImportPreviewRow, problem: ImportPreviewRow['problems'][number]) =>
  row.problems.includes(problem);

/** A row without a name, or with text too long to store, is never imported. */
export function isImportable(row: ImportPreviewRow): boolean {
  return !has(row, 'missing_name') && !has(row, 'too_long');
}

/** Rows where the operator must say what happens: a duplicate in the file or in the directory. */
export function isDuplicate(row: ImportPreviewRow): boolean {
  return isImportable(row) && (has(row, 'in_directory') || has(row, 'duplicate_in_file'));
}

/** The actions that make sense for a row; "update" needs someone in the directory. */
export function actionsFor(row: ImportPreviewRow): ImportAction[] {
  if (has(row, 'in_directory')) return ['skip', 'update', 'add'];
  if (has(row, 'duplicate_in_file')) return ['skip', 'add'];
  return ['add', 'skip'];
}

/** Duplicates are skipped unless the operator says otherwise; the rest is added. */
export function defaultChoices(rows: readonly ImportPreviewRow[]): Map<number, RowChoice> {
  return new Map(
    rows.map((r) => [r.line, { groupId: r.groupId, action: isDuplicate(r) ? 'skip' : 'add' }]),
  );
}

/**
 * The choices after the file was read again (another column mapping, header row…): what the
 * operator decided for a row that is still the same person on the same line is kept; a group
 * they did not touch follows the new suggestion.
 */
export function carryChoices(
  previousRows: readonly ImportPreviewRow[],
  previous: RowChoices,
  rows: readonly ImportPreviewRow[],
): Map<number, RowChoice> {
  const before = new Map(previousRows.map((r) => [r.line, r]));
  const next = defaultChoices(rows);
  for (const row of rows) {
    const old = before.get(row.line);
    const choice = previous.get(row.line);
    const fresh = next.get(row.line);
    if (!old || !choice || !fresh || old.fullName !== row.fullName) continue;
    const sameKind = isDuplicate(old) === isDuplicate(row);
    next.set(row.line, {
      action: sameKind && actionsFor(row).includes(choice.action) ? choice.action : fresh.action,
      groupId: choice.groupId !== old.groupId ? choice.groupId : fresh.groupId,
    });
  }
  return next;
}

function choiceOf(row: ImportPreviewRow, choices: RowChoices): RowChoice {
  return choices.get(row.line) ?? { groupId: row.groupId, action: 'add' };
}

/** One action for every duplicate row; "update" only reaches rows with a directory entry. */
export function chooseForDuplicates(
  rows: readonly ImportPreviewRow[],
  choices: RowChoices,
  action: ImportAction,
): Map<number, RowChoice> {
  const next = new Map(choices);
  for (const row of rows) {
    if (!isDuplicate(row) || !actionsFor(row).includes(action)) continue;
    next.set(row.line, { ...choiceOf(row, choices), action });
  }
  return next;
}

/** One group for every row that neither the file nor a rule placed. */
export function chooseGroupForUngrouped(
  rows: readonly ImportPreviewRow[],
  choices: RowChoices,
  groupId: string | null,
): Map<number, RowChoice> {
  const next = new Map(choices);
  for (const row of rows) {
    if (row.groupSource === 'none') next.set(row.line, { ...choiceOf(row, choices), groupId });
  }
  return next;
}

/**
 * The rows import.commit receives: every row with a name, skipped ones included (a skipped row
 * with a directory entry still invites that person). A rank only travels with the group it
 * was read or suggested for.
 */
export function commitRows(
  rows: readonly ImportPreviewRow[],
  choices: RowChoices,
): ImportCommitRow[] {
  return rows.filter(isImportable).map((row) => {
    const { groupId, action } = choiceOf(row, choices);
    return {
      line: row.line,
      fullName: row.fullName,
      givenName: row.givenName,
      position: row.position,
      unit: row.unit,
      phone: row.phone,
      note: row.note,
      remark: row.remark,
      groupId,
      rank: groupId === row.groupId ? row.rank : null,
      action,
      existingPersonId: row.existing?.id ?? null,
    };
  });
}

export interface ActionCounts {
  add: number;
  update: number;
  skip: number;
  /** Rows without a name, which are left out. */
  missing: number;
}

export function countActions(rows: readonly ImportPreviewRow[], choices: RowChoices): ActionCounts {
  const counts: ActionCounts = { add: 0, update: 0, skip: 0, missing: 0 };
  for (const row of rows) {
    if (!isImportable(row)) counts.missing++;
    else counts[choiceOf(row, choices).action]++;
  }
  return counts;
}

/** Why the commit button cannot be used: no row to import, or every row skipped. */
export type CommitBlock = 'nothing' | 'allSkipped';

/**
 * Null when committing would change something. A commit that adds and updates nobody still
 * writes when it invites: a skipped row of someone already in the directory puts them on the
 * meeting's list. Otherwise the button would "import" nothing and report it as done.
 */
export function commitBlock(
  rows: readonly ImportPreviewRow[],
  choices: RowChoices,
  inviting: boolean,
): CommitBlock | null {
  const counts = countActions(rows, choices);
  if (counts.add + counts.update + counts.skip === 0) return 'nothing';
  if (counts.add + counts.update > 0) return null;
  const invitesSomeone =
    inviting &&
    rows.some(
      (r) => isImportable(r) && r.existing !== null && choiceOf(r, choices).action === 'skip',
    );
  return invitesSomeone ? null : 'allSkipped';
}

/** A commit problem of one row: which field, and the issue's i18n key. */
export interface RowIssue {
  field: string;
  message: string;
}

/**
 * Issues of a failed commit placed on the file's lines: `path` is ['rows', index, field…]
 * where index counts the rows that were sent.
 */
export function issuesByLine(
  issues: readonly FieldIssue[],
  sent: readonly Pick<ImportCommitRow, 'line'>[],
): Map<number, RowIssue[]> {
  const byLine = new Map<number, RowIssue[]>();
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    if (head !== 'rows' || typeof index !== 'number') continue;
    const line = sent[index]?.line;
    if (line === undefined) continue;
    const list = byLine.get(line) ?? [];
    list.push({ field: typeof field === 'string' ? field : 'row', message: issue.message });
    byLine.set(line, list);
  }
  return byLine;
}
