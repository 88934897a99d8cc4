import { AppError } from '../../../shared/api/errors';
import { documentFileStem } from '../domain/documents';
import type { DocumentRequest } from '../domain/documents';
import { FILE_TYPES } from '../documents/fileTypes';
import type { FileFormat } from '../documents/fileTypes';
import { saveFileAtomically } from '../documents/saveFile';
import { defineHandlers } from '../handlerTypes';
import type { JobContext } from '../handlerTypes';
import { printRoute } from '../../../shared/documents/printRoute';

function requirePrinter(ctx: JobContext) {
  const { printToPdf } = ctx.platform;
  if (!printToPdf) {
    throw new AppError('PLATFORM_UNSUPPORTED', 'Printing to PDF needs the desktop app');
  }
  return printToPdf;
}

interface DocumentBytes {
  bytes: Uint8Array;
  fileStem: string;
  rows: number;
}

/**
 * A document's bytes, made off the core's thread. DOCX, XLSX and CSV: the worker reads the
 * meeting through its own read-only connection, builds the model and writes the file, so this
 * thread only sends the request and takes the bytes, and check-ins go on. PDF: the desktop's
 * printer loads the print route, whose model comes through `documents.model`, built in the
 * worker too. Progress: the file is up to nine tenths; writing it is the rest.
 */
async function documentBytes(
  input: DocumentRequest & { format: FileFormat | 'pdf' },
  ctx: JobContext,
): Promise<DocumentBytes> {
  const request: DocumentRequest = {
    meetingId: input.meetingId,
    document: input.document,
    filter: input.filter,
    revision: input.revision,
  };
  if (input.format === 'pdf') {
    // Read first (in the worker, like the files): a missing meeting or profile is said at
    // once, not by a blank page. The print route reads the model again through
    // `documents.model`, in the worker too.
    const { fileStem, rows } = await ctx.files.run(
      'documentSummary',
      { request, now: ctx.now().getTime() },
      { signal: ctx.signal },
    );
    const bytes = await requirePrinter(ctx)(printRoute(input));
    ctx.progress(0.9);
    return { bytes, fileStem, rows };
  }
  return ctx.files.run(
    'documentFile',
    { request, format: input.format, now: ctx.now().getTime() },
    { signal: ctx.signal, onProgress: (f) => ctx.progress(0.9 * f) },
  );
}

export const documentHandlers = defineHandlers<'documents.'>({
  /** The document as data, for the preview, printing and the PDF (the renderer's template). */
  'documents.model': (input, ctx) =>
    ctx.files.run(
      'documentModel',
      { request: input, now: ctx.now().getTime() },
      { signal: ctx.signal },
    ),

  /** The document as a file's bytes, for the browser build's download. */
  'documents.export': async (input, ctx) => {
    const { fileStem, bytes, rows } = await documentBytes(input, ctx);
    ctx.progress(1);
    return {
      fileName: `${fileStem}.${input.format}`,
      mimeType: FILE_TYPES[input.format],
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows,
    };
  },

  'documents.pdf': async (input, ctx) => {
    requirePrinter(ctx);
    const { fileStem, bytes, rows } = await documentBytes({ ...input, format: 'pdf' }, ctx);
    return {
      fileName: `${fileStem}.pdf`,
      mimeType: 'application/pdf',
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows,
    };
  },

  /**
   * The desktop's save: the operator names the file first (the dialog proposes the document's
   * name), then it is built and written whole or not at all (saveFileAtomically), so a full
   * disk, a read-only folder or a file open in Word leaves the old file as it was.
   */
  'documents.save': async (input, ctx) => {
    const { chooseSavePath } = ctx.platform;
    if (!chooseSavePath) {
      throw new AppError('PLATFORM_UNSUPPORTED', 'Saving to a chosen path needs the desktop app');
    }
    if (input.format === 'pdf') requirePrinter(ctx);
    const proposed = `${documentFileStem(ctx.db, input, ctx.now().getTime())}.${input.format}`;
    const target = await chooseSavePath(proposed);
    if (target === null) return { saved: false, fileName: proposed, path: null, rows: 0 };
    const { bytes, rows } = await documentBytes(input, ctx);
    if (ctx.signal.aborted) {
      throw new AppError('JOB_CANCELLED', 'documents.save was cancelled', { job: 'save' });
    }
    await saveFileAtomically(target, bytes);
    ctx.progress(1);
    return {
      saved: true,
      fileName: target.split(/[\\/]/).pop() ?? proposed,
      path: target,
      rows,
    };
  },
});
