import type { Span } from '../../../shared/text/highlight';

export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * The excerpt cut at the core's highlight spans (UTF-16 offsets, sorted, merged), so the screen
 * can wrap the matches in <mark> as text, never as HTML. Spans out of range are clipped.
 */
export function splitBySpans(text: string, spans: readonly Span[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    if (end > start) pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
