import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, Column, DocumentModel, Run } from '../../../shared/documents/model';

/**
 * A document as Word and LibreOffice open it: A4, an official document's margins (top and
 * bottom 20 mm, left 30 mm, right 15 mm), Times New Roman, the heading as a borderless two-column
 * table, page numbers centred at the top from page 2, table headers repeated on every page.
 */
const FONT = 'Times New Roman';
/** Half-points, as Word counts font sizes. */
const BODY = 28;
const TABLE_TEXT = 24;
const HEADING_TEXT = 26;
/** Twentieths of a point, rounded: docx's own conversion truncates, and A4 must be 11906 × 16838. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const run = (r: Run, size = BODY) =>
  new TextRun({ text: r.text, bold: r.bold, italics: r.italic, font: FONT, size });

function line(
  text: string,
  options: { bold?: boolean; italic?: boolean; size?: number; underline?: boolean } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        text,
        bold: options.bold,
        italics: options.italic,
        font: FONT,
        size: options.size ?? HEADING_TEXT,
        underline: options.underline ? {} : undefined,
      }),
    ],
  });
}

/** Top left the issuer, top right the national heading; the date line under the right side. */
function headingTable(model: DocumentModel, width: number): Table {
  const h = model.heading;
  const left = [
    ...(h.parent ? [line(h.parent)] : []),
    line(h.issuer || ' ', { bold: true, underline: !h.star }),
    ...(h.star ? [line('*')] : []),
  ];
  const right = [
    line(h.national, {
      bold: true,
      size: h.layout === 'party' ? 30 : HEADING_TEXT,
      underline: h.layout === 'party',
    }),
    ...(h.motto ? [line(h.motto, { bold: true, size: BODY, underline: true })] : []),
    new Paragraph({ spacing: { before: 160 }, children: [] }),
    line(model.placeDate, { italic: true, size: BODY }),
  ];
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({
      children,
      borders: NO_BORDERS,
      width: { size: Math.round(width * share), type: WidthType.DXA },
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [Math.round(width * 0.42), Math.round(width * 0.58)],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 0.42), cell(right, 0.58)] })],
  });
}

/**
 * A cell's text. The font comes from the document's default style, not each run: a 2,000-row
 * list has 14,000 cells, and every property repeated in each of them is time to build and pack.
 */
function cellParagraph(text: string, align: Column['align'], bold = false) {
  return new Paragraph({
    alignment: align === 'left' ? undefined : ALIGN[align],
    children: [new TextRun({ text, bold: bold || undefined, size: TABLE_TEXT })],
  });
}

/** Rows between two progress reports while a long table is built. */
const ROWS_PER_REPORT = 200;

function dataTable(
  block: Extract<Block, { kind: 'table' }>,
  width: number,
  progress?: (fraction: number) => void,
): Table {
  const widths = block.columns.map((c) => Math.round((width * c.width) / 100));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          verticalAlign: VerticalAlign.CENTER,
          width: { size: widths[i]!, type: WidthType.DXA },
          children: [cellParagraph(c.title, 'center', true)],
        }),
    ),
  });
  const rows = block.rows.map((r, at) => {
    // Building the rows is half the work; packing them into the file (docx's Packer) the rest.
    if (progress && at % ROWS_PER_REPORT === 0) progress((0.5 * at) / block.rows.length);
    return r.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: block.columns.length,
              children: [cellParagraph(r.text, 'left', true)],
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          height: block.tallRows ? { value: mm(12), rule: HeightRule.ATLEAST } : undefined,
          children: r.cells.map(
            (text, i) =>
              new TableCell({
                verticalAlign: VerticalAlign.CENTER,
                children: [cellParagraph(text, block.columns[i]!.align)],
              }),
          ),
        });
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // The lines are the table's, inside ones included, not each cell's: see cellParagraph.
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [header, ...rows],
  });
}

function blockElements(
  block: Block,
  width: number,
  progress?: (fraction: number) => void,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 200, after: 80 },
          children: [run({ text: block.text, bold: true })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          spacing: { before: 120, after: 60 },
          indent: { firstLine: mm(10) },
          children: block.runs.map((r) => run(r)),
        }),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: 0 },
            spacing: { after: 60 },
            children: item.map((r) => run(r)),
          }),
      );
    case 'table':
      return [dataTable(block, width, progress), new Paragraph({ children: [] })];
  }
}

function signature(model: DocumentModel, width: number): Table | null {
  if (!model.signature) return null;
  const half = Math.round(width / 2);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [half, width - half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ borders: NO_BORDERS, children: [new Paragraph({ children: [] })] }),
          new TableCell({
            borders: NO_BORDERS,
            children: [
              new Paragraph({ spacing: { before: 240 }, children: [] }),
              line(model.signature.role, { bold: true, size: BODY }),
              ...Array.from({ length: 4 }, () => new Paragraph({ children: [] })),
              line(model.signature.name, { bold: true, size: BODY }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The DOCX bytes; `progress` hears how far (0–1) a long table has got. */
export async function writeDocx(
  model: DocumentModel,
  progress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const landscape = model.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const width = pageWidth - MARGIN.left - MARGIN.right;
  const sign = signature(model, width);
  const doc = new Document({
    creator: 'Điểm Cầu',
    title: model.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'ordered',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: MARGIN,
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [] }) },
        children: [
          headingTable(model, width),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          line(model.title, { bold: true, size: 30 }),
          ...model.subtitle.map((s) => line(s, { bold: true, size: BODY })),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...model.blocks.flatMap((b) => blockElements(b, width, progress)),
          ...(sign ? [sign] : []),
        ],
      },
    ],
  });
  progress?.(0.5);
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  progress?.(1);
  return bytes;
}
