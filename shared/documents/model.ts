import { z } from 'zod';

/**
 * A document the point issues, as data: what the core builds from the meeting and every output
 * reads. The renderer's one HTML template shows, prints and makes the PDF from it; the core's
 * worker writes the DOCX from it, and the XLSX and CSV from its table. So the preview, the
 * paper, the Word file and the sheet cannot say different things.
 */
export const DOCUMENT_KINDS = ['attendance', 'signin', 'speeches', 'report'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Run = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Run = z.infer<typeof Run>;

export const Column = z.object({
  title: z.string(),
  /** Share of the table's width, in percent; the columns add up to 100. */
  width: z.number(),
  align: z.enum(['left', 'center', 'right']),
});
export type Column = z.infer<typeof Column>;

export const TableRow = z.discriminatedUnion('kind', [
  /** A protocol group's name across the whole table, before its people. */
  z.object({ kind: z.literal('group'), text: z.string() }),
  z.object({ kind: z.literal('row'), cells: z.array(z.string()) }),
]);
export type TableRow = z.infer<typeof TableRow>;

export const TableBlock = z.object({
  kind: z.literal('table'),
  columns: z.array(Column),
  rows: z.array(TableRow),
  /** Rows tall enough to sign in (the sign-in sheet). */
  tallRows: z.boolean().optional(),
});
export type TableBlock = z.infer<typeof TableBlock>;

export const Block = z.discriminatedUnion('kind', [
  /** "I. THÀNH PHẦN THAM DỰ": bold, its own line. */
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({
    kind: z.literal('paragraph'),
    runs: z.array(Run),
    align: z.enum(['left', 'center', 'justify']).optional(),
  }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(Run)) }),
  TableBlock,
]);
export type Block = z.infer<typeof Block>;

/** The heading every document carries (built by shared/documents/heading.ts). */
export const DocumentHeading = z.object({
  layout: z.enum(['party', 'state']),
  /** Top left: the parent body (regular) over the issuing body (bold), in capitals. */
  parent: z.string(),
  issuer: z.string(),
  /** Party layout: a "*" under the issuer. */
  star: z.boolean(),
  /** Top right, first line bold capitals; the state layout adds the motto under it. */
  national: z.string(),
  motto: z.string().nullable(),
});
export type DocumentHeading = z.infer<typeof DocumentHeading>;

export const DocumentModel = z.object({
  kind: DocumentKind,
  heading: DocumentHeading,
  /** "Thanh Hóa, ngày 05 tháng 01 năm 2026" */
  placeDate: z.string(),
  /** In capitals, as printed. */
  title: z.string(),
  /** Lines under the title: what meeting, which point. */
  subtitle: z.array(z.string()),
  orientation: z.enum(['portrait', 'landscape']),
  blocks: z.array(Block),
  /** Who prepared it: their role in capitals over their name. */
  signature: z.object({ role: z.string(), name: z.string() }).nullable(),
  /** A file name without extension, safe on every system: "danh-sach-dai-bieu-2026-11-30". */
  fileStem: z.string(),
});
export type DocumentModel = z.infer<typeof DocumentModel>;

/** The document's one table, if it is a list: what XLSX and CSV export. */
export function mainTable(model: DocumentModel): TableBlock | null {
  return model.blocks.find((b): b is TableBlock => b.kind === 'table') ?? null;
}
