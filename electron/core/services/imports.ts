import { setImmediate as nextTurn } from 'node:timers/promises';
import type {
  ImportOverrides,
  ImportPreview,
  ImportResult,
} from '../../../shared/api/directorySchemas';
import type { FieldIssue } from '../../../shared/api/errors';
import { AppError } from '../../../shared/api/errors';
import { sortByProtocolOrder } from '../../../shared/order/protocolOrder';
import { normaliseVietnamese } from '../../../shared/text/tone';
import { localDate } from '../../../shared/time/localDate';
import type { ReadableDB } from '../db/handles';
import { listGroups } from '../db/queries/groups';
import { inviteeOfPerson, refreshPlannedSnapshots, setRemark } from '../db/queries/invitees';
import * as people from '../db/queries/people';
import { searchPeople } from '../db/queries/peopleSearch';
import { listRules } from '../db/queries/rules';
import { requireEditableMeeting, requirePerson } from '../domain/guards';
import { invitePeople } from '../domain/invitations';
import { buildPersonRecord } from '../domain/personRecord';
import type { JobContext } from '../handlerTypes';
import { FILE_TYPES } from '../documents/fileTypes';
import { defineHandlers } from '../handlerTypes';
import { decodeBase64InSlices } from '../import/base64';
import type { DirectorySnapshot } from '../import/preview';
import type { ImportSession } from '../import/sessions';
import type { JobResult } from '../worker/jobs';

/**
 * Roster import. `import.open` reads the file in the core's worker and keeps it open;
 * `import.preview` reads it again with the operator's choices; neither writes anything. Each
 * answer says, row by row, what would happen. `import.commit` then writes every accepted row in
 * one transaction — all of them or none.
 */

/** The directory as the preview compares a roster with it, read once per reading. */
function directorySnapshot(db: ReadableDB): DirectorySnapshot {
  return {
    groups: listGroups(db).map((g) => ({ id: g.id, name: g.name, sortOrder: g.sortOrder })),
    rules: listRules(db),
    people: people.activePeopleIdentities(db),
  };
}

/**
 * Reads the session's file with `overrides` and previews its rows, both in the worker, against
 * the directory as it is when the reading starts. When a header row the operator picked names
 * no full-name column, the file is read with that row and the columns understood by the last
 * good reading, so the operator can fix the mapping by hand instead of starting over.
 */
async function readSession(
  ctx: JobContext,
  session: ImportSession,
  overrides: ImportOverrides,
): Promise<ImportPreview> {
  const directory = directorySnapshot(ctx.db);
  // Reading the directory and sending it are each some milliseconds: check-ins go in between.
  await nextTurn();
  const read = (o: ImportOverrides) =>
    ctx.files.run(
      'previewRoster',
      {
        // Copied to the worker process once per reading (a few milliseconds for 20 MB); the
        // session keeps its own, for the next reading.
        fileName: session.fileName,
        bytes: session.bytes,
        overrides: o,
        directory,
        // A mapping the operator chose is taken as it is; only a detected one moves notes.
        notesAsRemarks: session.forMeeting && o.mapping === undefined,
      },
      { signal: ctx.signal },
    );
  let used = overrides;
  let result: JobResult<'previewRoster'>;
  try {
    result = await read(overrides);
  } catch (err) {
    const previousMapping = session.lastGood?.mapping;
    const canFallBack =
      err instanceof AppError &&
      err.code === 'IMPORT_NO_HEADER' &&
      overrides.headerRow !== undefined &&
      overrides.mapping === undefined &&
      previousMapping?.fullName !== undefined;
    if (!canFallBack) throw err;
    used = { ...overrides, mapping: previousMapping };
    result = await read(used);
  }
  session.lastGood = { ...used, mapping: result.mapping };
  return {
    sessionId: session.id,
    overrides: used,
    headerFallback: used !== overrides,
    kind: result.kind,
    encoding: result.encoding ?? null,
    delimiter: result.delimiter ?? null,
    sheets: result.sheets ?? [],
    sheet: result.sheet ?? null,
    headerRow: result.headerRow,
    headerRows: result.headerRows,
    columns: result.columns,
    mapping: result.mapping,
    detectedMapping: result.detectedMapping ?? null,
    rows: result.rows,
    sections: result.sections.map((s) => ({ line: s.line, title: s.title })),
    skipped: result.skipped,
    preview: result.preview,
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

export const importHandlers = defineHandlers<'import.' | 'directory.'>({
  'import.open': async (input, ctx) => {
    // In slices, yielding between them: check-ins are answered while a large file decodes.
    const bytes = await decodeBase64InSlices(input.dataBase64);
    const session = ctx.importSessions.open(input.fileName, bytes, input.forMeeting);
    try {
      return await readSession(ctx, session, {});
    } catch (err) {
      // No header found: the file stays open, for the operator to point at the header row.
      if (err instanceof AppError && err.code === 'IMPORT_NO_HEADER') {
        throw new AppError(err.code, err.message, { ...err.details, sessionId: session.id });
      }
      ctx.importSessions.close(session.id);
      throw err;
    }
  },

  'import.preview': async (input, ctx) =>
    readSession(ctx, ctx.importSessions.get(input.sessionId), input.overrides),

  'import.close': async (input, ctx) => {
    ctx.importSessions.close(input.sessionId);
    return { ok: true as const };
  },

  'import.commit': (input, tx): ImportResult => {
    if (input.inviteToMeetingId) requireEditableMeeting(tx.db, input.inviteToMeetingId);
    const toInvite: string[] = [];
    // The remark each invited person carries for the meeting ("Chủ trì"), by person.
    const remarks = new Map<string, string>();
    const noteRemark = (personId: string, remark: string) => {
      const text = normaliseVietnamese(remark);
      if (text) remarks.set(personId, text);
    };
    let added = 0;
    let updated = 0;
    let skipped = 0;
    input.rows.forEach((row, index) =>
      atRow(index, row.line, () => {
        if (row.action === 'skip') {
          skipped++;
          if (row.existingPersonId) {
            const p = requirePerson(tx.db, row.existingPersonId);
            if (p.retiredAt === null) toInvite.push(p.id);
            noteRemark(p.id, row.remark);
          }
          return;
        }
        if (row.action === 'add') {
          const record = buildPersonRecord(tx.db, tx.newId(), row);
          people.insertPerson(tx.db, record, tx.at);
          toInvite.push(record.id);
          noteRemark(record.id, row.remark);
          added++;
          return;
        }
        if (!row.existingPersonId) {
          throw new AppError('VALIDATION', 'Update needs the directory entry', {
            issues: [{ path: ['existingPersonId'], message: 'required' }],
          });
        }
        const known = requirePerson(tx.db, row.existingPersonId);
        const record = buildPersonRecord(tx.db, known.id, {
          fullName: keep(row.fullName, known.fullName),
          givenName: known.givenNameCustom ? known.givenName : row.givenName,
          position: keep(row.position, known.position),
          unit: keep(row.unit, known.unit),
          groupId: row.groupId ?? known.groupId,
          rank: row.rank ?? known.rank,
          phone: keep(row.phone, known.phone),
          note: keep(row.note, known.note),
        });
        people.updatePerson(tx.db, record, tx.at);
        refreshPlannedSnapshots(tx.db, { ...record, personId: record.id }, tx.at);
        if (known.retiredAt === null) toInvite.push(known.id);
        noteRemark(known.id, row.remark);
        updated++;
      }),
    );
    tx.changed('directory.changed', {});
    let invited = 0;
    let alreadyInvited = 0;
    if (input.inviteToMeetingId) {
      const unique = [...new Set(toInvite)].map((id) => requirePerson(tx.db, id));
      const r = invitePeople(tx, input.inviteToMeetingId, unique);
      invited = r.added;
      alreadyInvited = r.alreadyInvited;
      // The file's remark wins where it has one; an empty cell leaves a remark already written.
      for (const [personId, remark] of remarks) {
        const inviteeId = inviteeOfPerson(tx.db, input.inviteToMeetingId, personId);
        if (inviteeId) setRemark(tx.db, inviteeId, remark, tx.at);
      }
      tx.changed('attendance.changed', { meetingId: input.inviteToMeetingId });
    }
    return { added, updated, skipped, invited, alreadyInvited };
  },

  'directory.export': async (input, ctx) => {
    const groupList = listGroups(ctx.db);
    const groups = new Map(groupList.map((g) => [g.id, g.name]));
    const order = new Map(groupList.map((g) => [g.id, g.sortOrder]));
    const found = searchPeople(ctx.db, {
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
    const bytes = await ctx.files.run(
      input.format === 'xlsx' ? 'rosterToXlsx' : 'rosterToCsv',
      { rows },
      { signal: ctx.signal },
    );
    return {
      fileName: `danh-ba-dai-bieu-${localDate(ctx.now())}.${input.format}`,
      mimeType: FILE_TYPES[input.format],
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows: rows.length,
    };
  },
});
