/** Reading roster files (XLSX, CSV in any encoding met in practice) and writing them back. */
export { readRoster, extractRoster, RosterOverrides, PREVIEW_ROWS } from './roster';
export type {
  RosterRow,
  RosterProblem,
  RosterSection,
  SkippedRow,
  SkipReason,
  ExtractedRoster,
  RosterReadResult,
} from './roster';
export { rosterToCsv, rosterToXlsx, EXPORT_HEADER, EXPORT_SHEET_NAME } from './export';
export type { RosterExportRow } from './export';
export { sniffFile } from './sniff';
export type { RosterFileKind, UnsupportedKind } from './sniff';
export {
  ROSTER_ENCODINGS,
  ENCODING_LABELS,
  detectEncoding,
  decodeText,
  encodeText,
} from './encoding';
export type { RosterEncoding, DetectedEncoding } from './encoding';
export { ROLES, findHeader, matchHeaderCell, mapHeaderCells } from './header';
export type { Role, ColumnMapping, HeaderMatch } from './header';
export { CSV_DELIMITERS, parseCsv, detectDelimiter } from './csv';
export type { CsvDelimiter } from './csv';
export { readXlsx, writeXlsx } from './xlsx';
export { decodeTcvn3, encodeTcvn3 } from './tcvn3';
