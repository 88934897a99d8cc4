import type { MethodParsedInput } from '../../../shared/api/methods';
import type { ImportPreviewRow, ImportResult } from '../../../shared/api/directorySchemas';
import type { FieldIssue } from '../../../shared/api/errors';
import { AppError } from '../../../shared/api/errors';
import { compileRules } from '../../../shared/protocol/positionRules';
import { foldText } from '../../../shared/text/fold';
import { normaliseVietnamese } from '../../../shared/text/tone';
import { sortByProtocolOrder } from '../../../shared/order/protocolOrder';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { stmt } from '../db/statements';
import { listGroups } from '../db/queries/groups';
import { listRules } from '../db/queries/rules';
import * as people from '../db/queries/people';
import { refreshPlannedSnapshots } from '../db/queries/invitees';
import { readRoster, rosterToCsv, rosterToXlsx } from '../import';
import type { RosterRow } from '../import';
import { invitePeople } from './invitees';
import { requireEditableMeeting } from './meetings';
import { buildPersonRecord, requirePerson } from './people';
import { localDate } from '../../../shared/time/localDate';

/**
 * Roster import in two calls. `import.preview` reads the file and says, row by row, what would
 * happen (nothing is written); the operator fixes the mapping and decides each duplicate; then
 * `import.commit` writes every accepted row in one transaction — all of them or none.
 */
/**
 * Same person = same name and unit, letter for letter (case and tone placement aside).
 * Accent-insensitive here would make "Hưng" a duplicate of "Hùng", and the default "skip"
 * would then drop a real person.
 */
const exact = (text: string) => normaliseVietnamese(text).toLowerCase();
const identity = (fullName: string, unit: string) => `${exact(fullName)}|${exact(unit)}`;

interface DirectoryEntry {
  id: string;
  fullName: string;
  position: string;
  unit: string;
}

function activeDirectory(ctx: CoreContext): Map<string, DirectoryEntry> {
  const rows = stmt(
    ctx.db,
    'SELECT id, full_name AS fullName, position, unit FROM people WHERE retired_at IS NULL ORDER BY created_at, id',
  ).all() as DirectoryEntry[];
  const map = new Map<string, DirectoryEntry>();
  for (const r of rows) {
    const key = identity(r.fullName, r.unit);
    if (!map.has(key)) map.set(key, r);
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

const LIMITS = { fullName: 120, position: 200, unit: 200, note: 500 } as const;
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
    note.length > LIMITS.note;
  return { ...r, phone, note, rank, tooLong };
}

export async function previewImport(input: MethodParsedInput<'import.preview'>, ctx: CoreContext) {
  const bytes = new Uint8Array(Buffer.from(input.dataBase64, 'base64'));
  const read = await readRoster(input.fileName, bytes, input.overrides);
  const groups = listGroups(ctx.db);
  const groupsByName = new Map(groups.map((g) => [foldText(g.name), g.id]));
  const suggest = compileRules(listRules(ctx.db), new Map(groups.map((g) => [g.id, g.sortOrder])));
  const directory = activeDirectory(ctx);
  const firstLine = new Map<string, number>();
  const rows: ImportPreviewRow[] = read.rows.map((raw) => {
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
      givenName: r.sortName ?? '',
      ...placeRow(r, groupsByName, suggest),
      problems,
      duplicateOfLine,
      existing,
    };
  });
  return {
    kind: read.kind,
    encoding: read.encoding ?? null,
    delimiter: read.delimiter ?? null,
    sheets: read.sheets ?? [],
    sheet: read.sheet ?? null,
    headerRow: read.headerRow,
    headerRows: read.headerRows,
    columns: read.columns,
    mapping: read.mapping,
    detectedMapping: read.detectedMapping ?? null,
    rows,
    sections: read.sections.map((s) => ({ line: s.line, title: s.title })),
    skipped: read.skipped,
    preview: read.preview,
  };
}

/** Re-raises a row's validation problem with the row's index in front of every path. */
function atRow<T>(index: number, line: number, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const issues: FieldIssue[] = (
      err.details?.issues ?? [{ path: [], message: 'invalid_value' }]
    ).map((i) => ({ path: ['rows', index, ...i.path], message: i.message }));
    throw new AppError(err.code, `Row ${line}: ${err.message}`, { ...err.details, line, issues });
  }
}

/** Values from the file win where the file has them; empty cells never erase what is known. */
const keep = (incoming: string, known: string) => (incoming.trim() ? incoming : known);

export function commitImport(
  input: MethodParsedInput<'import.commit'>,
  ctx: CoreContext,
): ImportResult {
  const result = ctx.db.transaction(() => {
    if (input.inviteToMeetingId) requireEditableMeeting(ctx, input.inviteToMeetingId);
    const now = nowIso(ctx);
    const toInvite: string[] = [];
    let added = 0;
    let updated = 0;
    let skipped = 0;
    input.rows.forEach((row, index) =>
      atRow(index, row.line, () => {
        if (row.action === 'skip') {
          skipped++;
          if (row.existingPersonId) {
            const p = requirePerson(ctx, row.existingPersonId);
            if (p.retiredAt === null) toInvite.push(p.id);
          }
          return;
        }
        if (row.action === 'add') {
          const record = buildPersonRecord(ctx, ctx.newId(), row);
          people.insertPerson(ctx.db, record, now);
          toInvite.push(record.id);
          added++;
          return;
        }
        if (!row.existingPersonId) {
          throw new AppError('VALIDATION', 'Update needs the directory entry', {
            issues: [{ path: ['existingPersonId'], message: 'required' }],
          });
        }
        const known = requirePerson(ctx, row.existingPersonId);
        const record = buildPersonRecord(ctx, known.id, {
          fullName: keep(row.fullName, known.fullName),
          givenName: known.givenNameCustom ? known.givenName : row.givenName,
          position: keep(row.position, known.position),
          unit: keep(row.unit, known.unit),
          groupId: row.groupId ?? known.groupId,
          rank: row.rank ?? known.rank,
          phone: keep(row.phone, known.phone),
          note: keep(row.note, known.note),
        });
        people.updatePerson(ctx.db, record, now);
        refreshPlannedSnapshots(ctx.db, { ...record, personId: record.id }, now);
        if (known.retiredAt === null) toInvite.push(known.id);
        updated++;
      }),
    );
    let invited = 0;
    let alreadyInvited = 0;
    if (input.inviteToMeetingId) {
      const unique = [...new Set(toInvite)].map((id) => requirePerson(ctx, id));
      const r = invitePeople(ctx, input.inviteToMeetingId, unique);
      invited = r.added;
      alreadyInvited = r.alreadyInvited;
    }
    return { added, updated, skipped, invited, alreadyInvited };
  })();
  ctx.emit('directory.changed', {});
  if (input.inviteToMeetingId)
    ctx.emit('attendance.changed', { meetingId: input.inviteToMeetingId });
  return result;
}

export async function exportDirectory(
  input: MethodParsedInput<'directory.export'>,
  ctx: CoreContext,
) {
  const groupList = listGroups(ctx.db);
  const groups = new Map(groupList.map((g) => [g.id, g.name]));
  const order = new Map(groupList.map((g) => [g.id, g.sortOrder]));
  const found = people.searchPeople(ctx.db, {
    query: '',
    groupId: null,
    includeRetired: input.includeRetired,
    limit: 1_000_000,
    offset: 0,
  }).items;
  // The same ordering function as every other list, not just the SQL index order.
  const list = sortByProtocolOrder(
    found.map((p) => ({ ...p, groupOrder: p.groupId ? (order.get(p.groupId) ?? null) : null })),
  );
  const rows = list.map((p) => ({
    fullName: p.fullName,
    position: p.position,
    unit: p.unit,
    phone: p.phone,
    note: p.note,
    group: p.groupId ? (groups.get(p.groupId) ?? '') : '',
    rank: p.rank,
    sortName: p.givenNameCustom ? p.givenName : '',
  }));
  const bytes = input.format === 'xlsx' ? await rosterToXlsx(rows) : rosterToCsv(rows);
  const stamp = localDate(ctx.now());
  return {
    fileName: `danh-ba-dai-bieu-${stamp}.${input.format}`,
    mimeType:
      input.format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv;charset=utf-8',
    dataBase64: Buffer.from(bytes).toString('base64'),
    rows: rows.length,
  };
}

export const importHandlers = {
  'import.preview': previewImport,
  'import.commit': commitImport,
  'directory.export': exportDirectory,
};
