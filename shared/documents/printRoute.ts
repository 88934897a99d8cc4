import { ATTENDANCE_FILTERS } from './attendance';
import type { AttendanceFilter } from './attendance';
import { DOCUMENT_KINDS } from './model';
import type { DocumentKind } from './model';

export interface DocumentRequest {
  meetingId: string;
  document: DocumentKind;
  filter: AttendanceFilter;
  /** The report's saved revision; omitted, the latest one (or the draft, if none is saved). */
  revision?: number | undefined;
}

/** `#/print/<meeting>/<document>?filter=present`: the route the PDF and printing load. */
export function printRoute(r: DocumentRequest): string {
  const query =
    r.document === 'attendance' && r.filter !== 'all'
      ? `?filter=${r.filter}`
      : r.document === 'report' && r.revision !== undefined
        ? `?revision=${r.revision}`
        : '';
  return `/print/${encodeURIComponent(r.meetingId)}/${r.document}${query}`;
}

/**
 * A print route as loaded only to become a file (printToPDF, page.pdf): the page then lays the
 * rows out for paper alone (renderer/documents/PrintScreen.tsx reads `pdf=1`).
 */
export function pdfRoute(route: string): string {
  return `${route}${route.includes('?') ? '&' : '?'}pdf=1`;
}

/** The request a print route names, or null when it names no document we make. */
export function requestOf(
  meetingId: string | undefined,
  document: string | undefined,
  filter: string | null,
  revision: string | null = null,
): DocumentRequest | null {
  const kind = DOCUMENT_KINDS.find((k) => k === document);
  if (!meetingId || !kind) return null;
  const request: DocumentRequest = {
    meetingId,
    document: kind,
    filter: ATTENDANCE_FILTERS.find((f) => f === filter) ?? 'all',
  };
  if (kind === 'report' && revision !== null && /^[1-9]\d{0,8}$/.test(revision))
    request.revision = Number(revision);
  return request;
}
