import type { DocumentHeading } from './heading';

/**
 * A document the point issues, as data: what the core builds from the meeting and every output
 * reads. The renderer's one HTML template shows, prints and makes the PDF from it; the core's
 * worker writes the DOCX from it, and the XLSX and CSV from its table. So the preview, the
 * paper, the Word file and the sheet cannot say different things.
 */
export const DOCUMENT_KINDS = ['attendance', 'signin', 'speeches', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface Column {
  title: string;
  /** Share of the table's width, in percent; the columns add up to 100. */
  width: number;
  align: 'left' | 'center' | 'right';
}

export type TableRow =
  /** A protocol group's name across the whole table, before its people. */
  { kind: 'group'; text: string } | { kind: 'row'; cells: string[] };

export type Block =
  /** "I. THÀNH PHẦN THAM DỰ": bold, its own line. */
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: Run[]; align?: 'left' | 'center' | 'justify' }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | {
      kind: 'table';
      columns: Column[];
      rows: TableRow[];
      /** Rows tall enough to sign in (the sign-in sheet). */
      tallRows?: boolean;
    };

export interface DocumentModel {
  kind: DocumentKind;
  heading: DocumentHeading;
  /** "Thanh Hóa, ngày 05 tháng 01 năm 2026" */
  placeDate: string;
  /** In capitals, as printed. */
  title: string;
  /** Lines under the title: what meeting, which point. */
  subtitle: string[];
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
  /** Who prepared it: their role in capitals over their name. */
  signature: { role: string; name: string } | null;
  /** A file name without extension, safe on every system: "danh-sach-dai-bieu-2026-11-30". */
  fileStem: string;
}

/** The document's one table, if it is a list: what XLSX and CSV export. */
export function mainTable(model: DocumentModel): Extract<Block, { kind: 'table' }> | null {
  return (
    model.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table') ?? null
  );
}
