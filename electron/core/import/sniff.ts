/**
 * First look at an imported file, before any parsing: is it a workbook, delimited text, or
 * something the operator picked by mistake? Decided from the bytes, not the file name (rosters
 * arrive as "Unicode text" saved with .xls, workbooks renamed .csv, images renamed .xlsx).
 */
import { AppError } from '../../../shared/api/errors';
import { hasUtf16beBom, hasUtf16leBom, hasUtf8Bom, looksUtf16le } from './encoding';
import { MAX_IMPORT_BYTES } from '../../../shared/api/transport';

export type RosterFileKind = 'xlsx' | 'csv';

/** `details.kind` of IMPORT_UNSUPPORTED errors raised while sniffing. */
export type UnsupportedKind = 'xls' | 'ods' | 'image' | 'pdf' | 'html' | 'binary' | 'encoding';

/** `sig` at the start of `b`; -1 in `sig` matches any byte. */
const startsWith = (b: Uint8Array, sig: readonly number[]) =>
  b.length >= sig.length && sig.every((x, i) => x < 0 || b[i] === x);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: ReadonlyArray<{ sig: readonly number[]; kind: UnsupportedKind; what: string }> = [
  {
    sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'xls',
    what: 'an Excel 97–2003 (.xls) or password-protected workbook',
  },
  { sig: [0x89, 0x50, 0x4e, 0x47], kind: 'image', what: 'a PNG image' },
  { sig: [0xff, 0xd8, 0xff], kind: 'image', what: 'a JPEG image' },
  { sig: ascii('GIF8'), kind: 'image', what: 'a GIF image' },
  // "BM" alone could start a text ("BM01 …", a form number): a BMP also has zero bytes 6–9.
  { sig: [...ascii('BM'), -1, -1, -1, -1, 0, 0, 0, 0], kind: 'image', what: 'a BMP image' },
  { sig: [0x49, 0x49, 0x2a, 0x00], kind: 'image', what: 'a TIFF image' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], kind: 'image', what: 'a TIFF image' },
  { sig: ascii('%PDF'), kind: 'pdf', what: 'a PDF document' },
];

function unsupported(kind: UnsupportedKind, what: string, name: string, extra = {}): AppError {
  return new AppError('IMPORT_UNSUPPORTED', `"${name}" is ${what}, not a roster`, {
    kind,
    name,
    ...extra,
  });
}

/** True when the file holds nothing but byte-order marks and whitespace. */
function isBlank(b: Uint8Array): boolean {
  let i = hasUtf8Bom(b) ? 3 : hasUtf16leBom(b) || hasUtf16beBom(b) ? 2 : 0;
  for (; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x00 && c !== 0x0c) {
      return false;
    }
  }
  return true;
}

/**
 * Binary content in a file that is not UTF-16: a NUL byte in the first 4 KB, or more than 2% of
 * control characters other than tab, line feed, carriage return and form feed.
 */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f)
      controls++;
  }
  return controls > n * 0.02;
}

/** Markup saved with an .xls name: HTML tables or Excel 2003 XML (web systems' "Excel export"). */
function markupKind(b: Uint8Array): 'html' | 'xml-spreadsheet' | null {
  const head = new TextDecoder('utf-8')
    .decode(b.subarray(0, 2048))
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (!head.startsWith('<')) return null;
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(head) || head.includes('<table'))
    return 'html';
  return null;
}

/**
 * Decides how to read a file, or throws AppError:
 * IMPORT_TOO_LARGE ({size, limit}) above MAX_IMPORT_BYTES; IMPORT_EMPTY for no bytes or only
 * whitespace and BOMs; IMPORT_UNSUPPORTED with details.kind 'xls' | 'ods' | 'image' | 'pdf' |
 * 'html' | 'binary' | 'encoding'. A zip archive is 'xlsx' (if it is not a workbook, reading it
 * fails later with IMPORT_UNSUPPORTED kind 'zip'); other text is 'csv'.
 */
export function sniffFile(name: string, bytes: Uint8Array): RosterFileKind {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('IMPORT_TOO_LARGE', `"${name}" is larger than the import limit`, {
      name,
      size: bytes.length,
      limit: MAX_IMPORT_BYTES,
    });
  }
  if (bytes.length === 0 || isBlank(bytes)) {
    throw new AppError('IMPORT_EMPTY', `"${name}" is empty`, { name, size: bytes.length });
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An OpenDocument spreadsheet stores its type uncompressed as the first entry.
    const head = new TextDecoder('latin1').decode(bytes.subarray(30, 100));
    if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument')) {
      throw unsupported('ods', 'an OpenDocument file (save it as .xlsx)', name);
    }
    return 'xlsx';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new AppError('IMPORT_EMPTY', `"${name}" is an empty zip archive`, {
      name,
      size: bytes.length,
    });
  }
  for (const { sig, kind, what } of SIGNATURES) {
    if (startsWith(bytes, sig)) throw unsupported(kind, what, name);
  }
  if (hasUtf16beBom(bytes)) {
    throw unsupported('encoding', 'UTF-16 big-endian text (save it as UTF-8)', name, {
      encoding: 'utf-16be',
    });
  }
  const utf16 = hasUtf16leBom(bytes) || looksUtf16le(bytes);
  if (!utf16 && looksBinary(bytes)) throw unsupported('binary', 'a binary file', name);
  const markup = utf16 ? null : markupKind(bytes);
  if (markup === 'html') throw unsupported('html', 'a web page (HTML), not a workbook', name);
  if (markup === 'xml-spreadsheet') {
    throw unsupported('xls', 'an Excel 2003 XML spreadsheet (save it as .xlsx)', name, {
      format: 'xml-spreadsheet',
    });
  }
  return 'csv';
}
