import { AppError } from '../../../shared/api/errors';
import { buildDocument } from '../domain/documents';
import { FILE_TYPES } from '../documents/fileTypes';
import { defineHandlers } from '../handlerTypes';
import type { DocumentModel } from '../../../shared/documents/model';
import { mainTable } from '../../../shared/documents/model';
import { printRoute } from '../../../shared/documents/printRoute';

/** How many people (or speeches) the document lists. */
const rowCount = (model: DocumentModel) =>
  mainTable(model)?.rows.filter((r) => r.kind === 'row').length ?? 0;

const JOB = { docx: 'documentToDocx', xlsx: 'documentToXlsx', csv: 'documentToCsv' } as const;

export const documentHandlers = defineHandlers<'documents.'>({
  /** The document as data, for the preview, printing and the PDF (the renderer's template). */
  'documents.model': (input, ctx) => buildDocument(ctx.db, input, ctx.now().getTime()),

  /**
   * The document as a file, built in the worker: a long list never holds up check-in. The
   * model is read on the core's thread (SQLite stays there), the bytes made off it.
   */
  'documents.export': async (input, ctx) => {
    const model = buildDocument(ctx.db, input, ctx.now().getTime());
    if (input.format !== 'docx' && !mainTable(model)) {
      // A text (the report) has no list to put in a sheet.
      throw new AppError('VALIDATION', `${model.kind} has no table for ${input.format}`, {
        issues: [{ path: ['format'], message: 'invalid_value' }],
      });
    }
    const bytes = await ctx.files.run(JOB[input.format], { model }, { signal: ctx.signal });
    const rows = rowCount(model);
    return {
      fileName: `${model.fileStem}.${input.format}`,
      mimeType: FILE_TYPES[input.format],
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows,
    };
  },

  'documents.pdf': async (input, ctx) => {
    const { printToPdf } = ctx.platform;
    if (!printToPdf) {
      throw new AppError('PLATFORM_UNSUPPORTED', 'Printing to PDF needs the desktop app');
    }
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
});
