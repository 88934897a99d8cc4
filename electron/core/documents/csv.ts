import { guardFormula } from '../../../shared/files/formulaGuard';

type Cell = string | number | null;

/**
 * A text cell Excel would run as a formula ("=HYPERLINK(…)", "+84 912…") gets a leading
 * apostrophe (shared/files/formulaGuard.ts; our reader removes it again). Fields are quoted when
 * they hold a comma, quote, line break or edge spaces.
 */
function csvField(value: Cell): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' ? guardFormula(raw) : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV bytes: UTF-8 with a byte-order mark (so Excel reads the diacritics right), comma-separated,
 * CRLF line ends.
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): Uint8Array {
  const body = new TextEncoder().encode(
    rows.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n',
  );
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
