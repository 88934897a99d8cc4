import type { ImportOverrides } from '../../../shared/api/directorySchemas';
import type { DirectorySnapshot } from '../import/preview';
import { previewRows } from '../import/preview';
import { remarksForMeeting } from '../import/remarks';
import { readRoster } from '../import/roster';
import type { RosterExportRow } from '../import/export';
import { rosterToCsv, rosterToXlsx } from '../import/export';
import type { DocumentModel } from '../../../shared/documents/model';
import { writeDocx } from '../documents/docx';
import { documentToCsv, documentToXlsx } from '../documents/sheet';
import type { ReportProgress } from './protocol';

/**
 * The file work the core's worker thread does: everything here may be slow or fed a hostile
 * file, so it runs off the thread that answers check-in. Jobs take and return plain data
 * (structured-clone), never a database handle: SQLite stays in the core's thread.
 */
export const jobs = {
  /**
   * Reads a roster and previews its rows against the directory snapshot: the preview is as much
   * work per row as the reading, and only the rows the operator will see cross back.
   */
  previewRoster: async (a: {
    fileName: string;
    bytes: Uint8Array;
    overrides: ImportOverrides;
    directory: DirectorySnapshot;
    /** A meeting's roster: its note column is the invitees' remark (`remarksForMeeting`). */
    notesAsRemarks: boolean;
  }) => {
    const read = await readRoster(a.fileName, a.bytes, a.overrides);
    const { rows, ...rest } = a.notesAsRemarks ? remarksForMeeting(read) : read;
    return { ...rest, rows: previewRows({ rows }, a.directory) };
  },
  rosterToXlsx: (a: { rows: RosterExportRow[] }) => rosterToXlsx(a.rows),
  rosterToCsv: async (a: { rows: RosterExportRow[] }) => rosterToCsv(a.rows),
  documentToDocx: (a: { model: DocumentModel }, progress?: ReportProgress) =>
    writeDocx(a.model, progress),
  documentToXlsx: (a: { model: DocumentModel }, progress?: ReportProgress) =>
    documentToXlsx(a.model, progress),
  documentToCsv: async (a: { model: DocumentModel }) => documentToCsv(a.model),
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobArgs<K extends JobName> = Parameters<Jobs[K]>[0];
export type JobResult<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;
