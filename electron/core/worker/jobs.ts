import type { ImportOverrides } from '../../../shared/api/directorySchemas';
import type { DirectorySnapshot } from '../import/preview';
import { previewRows } from '../import/preview';
import { remarksForMeeting } from '../import/remarks';
import { readRoster } from '../import/roster';
import type { RosterExportRow } from '../import/export';
import { rosterToCsv, rosterToXlsx } from '../import/export';
import type { DocumentRequest } from '../domain/documents';
import { buildDocument, rowCount } from '../domain/documents';
import { documentFileBytes, ownBuffer } from '../documents/documentFile';
import type { FileFormat } from '../documents/fileTypes';
import type { ReportProgress } from './protocol';
import { readDatabase } from './reader';

/**
 * The file work the core's worker process does: everything here may be slow or fed a hostile
 * file, so it runs outside the process that answers check-in. Jobs take and return plain data
 * (cloned: V8's serializer from a forked process, a structured clone from Electron's). Jobs
 * that read the meeting do so through the worker's own read-only connection (`reader.ts`);
 * writes stay with the core's write path.
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
  /** A document as data, for the preview and the print route (the renderer's template). */
  documentModel: async (a: { request: DocumentRequest; now: number }) =>
    readDatabase((db) => buildDocument(db, a.request, a.now)),
  /** A document's name and row count, for the PDF, which the desktop's printer makes. */
  documentSummary: async (a: { request: DocumentRequest; now: number }) => {
    const model = readDatabase((db) => buildDocument(db, a.request, a.now));
    return { fileStem: model.fileStem, rows: rowCount(model) };
  },
  /**
   * A document's file, read and built here: the model of a 2,000-person list took long enough
   * on the core's thread to hold check-ins up (p95 4.5x quiet). Only the bytes, the name and
   * the row count go back, the bytes in a buffer of their own. The model is the first tenth.
   */
  documentFile: async (
    a: { request: DocumentRequest; format: FileFormat; now: number },
    progress?: ReportProgress,
  ) => {
    const model = readDatabase((db) => buildDocument(db, a.request, a.now));
    progress?.(0.1);
    const bytes = await documentFileBytes(model, a.format, (f) => progress?.(0.1 + 0.9 * f));
    return { bytes: ownBuffer(bytes), fileStem: model.fileStem, rows: rowCount(model) };
  },
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobArgs<K extends JobName> = Parameters<Jobs[K]>[0];
export type JobResult<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;
