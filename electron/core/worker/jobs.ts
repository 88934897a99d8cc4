import type { ImportOverrides } from '../../../shared/api/directorySchemas';
import { readRoster } from '../import/roster';
import type { RosterExportRow } from '../import/export';
import { rosterToCsv, rosterToXlsx } from '../import/export';
import type { DocumentModel } from '../../../shared/documents/model';
import { writeDocx } from '../documents/docx';
import { documentToCsv, documentToXlsx } from '../documents/sheet';

/**
 * The file work the core's worker thread does: everything here may be slow or fed a hostile
 * file, so it runs off the thread that answers check-in. Jobs take and return plain data
 * (structured-clone), never a database handle: SQLite stays in the core's thread.
 */
export const jobs = {
  readRoster: (a: { fileName: string; bytes: Uint8Array; overrides: ImportOverrides }) =>
    readRoster(a.fileName, a.bytes, a.overrides),
  rosterToXlsx: (a: { rows: RosterExportRow[] }) => rosterToXlsx(a.rows),
  rosterToCsv: async (a: { rows: RosterExportRow[] }) => rosterToCsv(a.rows),
  documentToDocx: (a: { model: DocumentModel }) => writeDocx(a.model),
  documentToXlsx: (a: { model: DocumentModel }) => documentToXlsx(a.model),
  documentToCsv: async (a: { model: DocumentModel }) => documentToCsv(a.model),
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobArgs<K extends JobName> = Parameters<Jobs[K]>[0];
export type JobResult<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;
