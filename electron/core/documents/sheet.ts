import type { DocumentModel, TableBlock } from '../../../shared/documents/model';
import { mainTable } from '../../../shared/documents/model';
import { writeCsv } from './csv';
import { writeXlsx } from '../import/xlsx';

type Cell = string | number | null;

function requireTable(model: DocumentModel): TableBlock {
  const table = mainTable(model);
  if (!table) throw new Error(`${model.kind} has no table to put in a sheet`);
  return table;
}

/** The number column as numbers, so a sheet sorts and sums it. */
const asCell = (text: string, i: number): Cell =>
  i === 0 && /^\d+$/.test(text) ? Number(text) : text;

/**
 * A list as a sheet: the issuer, the title and the meeting above the table (as on paper), a
 * frozen header, group lines, and the sentences under the table.
 */
export async function documentToXlsx(
  model: DocumentModel,
  progress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const table = requireTable(model);
  const above: Cell[][] = [
    [model.heading.issuer || model.heading.parent],
    [model.title],
    ...model.subtitle.map((s) => [s]),
    [model.placeDate],
    [],
  ];
  const body = table.rows.map((r) => (r.kind === 'group' ? ['', r.text] : r.cells.map(asCell)));
  const below = model.blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => [b.runs.map((r) => r.text).join('')]);
  progress?.(0.2);
  const bytes = await writeXlsx(
    model.title,
    [...above, table.columns.map((c) => c.title), ...body, [], ...below],
    { headerRow: above.length },
  );
  progress?.(1);
  return bytes;
}

/**
 * A list as CSV, for other programs: one header line and one line per person, the protocol
 * group as a last column instead of group lines.
 */
export function documentToCsv(model: DocumentModel): Uint8Array {
  const table = requireTable(model);
  const rows: Cell[][] = [[...table.columns.map((c) => c.title), 'Nhóm']];
  let group = '';
  for (const r of table.rows) {
    if (r.kind === 'group') group = r.text;
    else rows.push([...r.cells.map(asCell), group]);
  }
  return writeCsv(rows);
}
