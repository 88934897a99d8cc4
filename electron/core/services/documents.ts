import { AppError } from '../../../shared/api/errors';
import { buildDocument } from '../domain/documents';
import type { DocumentRequest } from '../domain/documents';
import { FILE_TYPES } from '../documents/fileTypes';
import type { FileFormat } from '../documents/fileTypes';
import { saveFileAtomically } from '../documents/saveFile';
import { defineHandlers } from '../handlerTypes';
import type { JobContext } from '../handlerTypes';
import type { DocumentModel } from '../../../shared/documents/model';
import { mainTable } from '../../../shared/documents/model';
import { printRoute } from '../../../shared/documents/printRoute';

/** How many people (or speeches) the document lists. */
const rowCount = (model: DocumentModel) =>
  mainTable(model)?.rows.filter((r) => r.kind === 'row').length ?? 0;

const JOB = { docx: 'documentToDocx', xlsx: 'documentToXlsx', csv: 'documentToCsv' } as const;

function requirePrinter(ctx: JobContext) {
  const { printToPdf } = ctx.platform;
  if (!printToPdf) {
    throw new AppError('PLATFORM_UNSUPPORTED', 'Printing to PDF needs the desktop app');
  }
  return printToPdf;
}

/**
 * The model, read on the core's thread (SQLite stays there), and its bytes, made off it: in
 * the worker for DOCX, XLSX and CSV, by the desktop's printer for PDF. Progress: the model is
 * the first tenth, the bytes up to nine tenths; writing the file is the rest.
 */
async function documentBytes(
  input: DocumentRequest & { format: FileFormat | 'pdf' },
  ctx: JobContext,
): Promise<{ model: DocumentModel; bytes: Uint8Array }> {
  const model = buildDocument(ctx.db, input, ctx.now().getTime());
  ctx.progress(0.1);
  if (input.format === 'pdf') {
    const bytes = await requirePrinter(ctx)(printRoute(input));
    ctx.progress(0.9);
    return { model, bytes };
  }
  if (input.format !== 'docx' && !mainTable(model)) {
    // A text (the report) has no list to put in a sheet.
    throw new AppError('VALIDATION', `${model.kind} has no table for ${input.format}`, {
      issues: [{ path: ['format'], message: 'invalid_value' }],
    });
  }
  const bytes = await ctx.files.run(
    JOB[input.format],
    { model },
    { signal: ctx.signal, onProgress: (f) => ctx.progress(0.1 + 0.8 * f) },
  );
  return { model, bytes };
}

export const documentHandlers = defineHandlers<'documents.'>({
  /** The document as data, for the preview, printing and the PDF (the renderer's template). */
  'documents.model': (input, ctx) => buildDocument(ctx.db, input, ctx.now().getTime()),

  /** The document as a file's bytes, for the browser build's download. */
  'documents.export': async (input, ctx) => {
    const { model, bytes } = await documentBytes(input, ctx);
    ctx.progress(1);
    return {
      fileName: `${model.fileStem}.${input.format}`,
      mimeType: FILE_TYPES[input.format],
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows: rowCount(model),
    };
  },

  'documents.pdf': async (input, ctx) => {
    const printToPdf = requirePrinter(ctx);
    // Built here first: a missing meeting or profile is said at once, not by a blank page.
    const model = buildDocument(ctx.db, input, ctx.now().getTime());
    const bytes = await printToPdf(printRoute(input));
    return {
      fileName: `${model.fileStem}.pdf`,
      mimeType: 'application/pdf',
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows: rowCount(model),
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
    const proposed = `${buildDocument(ctx.db, input, ctx.now().getTime()).fileStem}.${input.format}`;
    const target = await chooseSavePath(proposed);
    if (target === null) return { saved: false, fileName: proposed, path: null, rows: 0 };
    const { model, bytes } = await documentBytes(input, ctx);
    if (ctx.signal.aborted) {
      throw new AppError('JOB_CANCELLED', 'documents.save was cancelled', { job: 'save' });
    }
    await saveFileAtomically(target, bytes);
    ctx.progress(1);
    return {
      saved: true,
      fileName: target.split(/[\\/]/).pop() ?? proposed,
      path: target,
      rows: rowCount(model),
    };
  },
});
