import { ATTENDANCE_FILTERS } from './attendance';
import type { AttendanceFilter } from './attendance';
import { DOCUMENT_KINDS } from './model';
import type { DocumentKind } from './model';

export interface DocumentRequest {
  meetingId: string;
  document: DocumentKind;
  filter: AttendanceFilter;
}

/** `#/print/<meeting>/<document>?filter=present`: the route the PDF and printing load. */
export function printRoute(r: DocumentRequest): string {
  const query = r.document === 'attendance' && r.filter !== 'all' ? `?filter=${r.filter}` : '';
  return `/print/${encodeURIComponent(r.meetingId)}/${r.document}${query}`;
}

/** The request a print route names, or null when it names no document we make. */
export function requestOf(
  meetingId: string | undefined,
  document: string | undefined,
  filter: string | null,
): DocumentRequest | null {
  const kind = DOCUMENT_KINDS.find((k) => k === document);
  if (!meetingId || !kind) return null;
  return {
    meetingId,
    document: kind,
    filter: ATTENDANCE_FILTERS.find((f) => f === filter) ?? 'all',
  };
}
