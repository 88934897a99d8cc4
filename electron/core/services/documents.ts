import { buildDocument } from '../domain/documents';
import { FILE_TYPES } from '../documents/fileTypes';
import { defineHandlers } from '../handlerTypes';

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
    const bytes = await ctx.files.run(JOB[input.format], { model }, { signal: ctx.signal });
    const rows = model.blocks.reduce(
      (n, b) => n + (b.kind === 'table' ? b.rows.filter((r) => r.kind === 'row').length : 0),
      0,
    );
    return {
      fileName: `${model.fileStem}.${input.format}`,
      mimeType: FILE_TYPES[input.format],
      dataBase64: Buffer.from(bytes).toString('base64'),
      rows,
    };
  },
});
