import { foldText, searchWords } from './fold';

/** A stretch of the original text, by UTF-16 offsets: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Each character's folding, kept: folding one character costs a normalization and four regular
 * expressions, and the 30 hits of a search, hundreds of characters each, took milliseconds of
 * it, over a set of distinct characters that stays small (a few hundred in Vietnamese text).
 */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    f = /\s/.test(ch) ? ' ' : foldText(ch);
    // A bound, so text in many scripts cannot grow the map without end.
    if (foldedChars.size < 4096) foldedChars.set(ch, f);
  }
  return f;
}

/**
 * The text folded one character at a time, with where each folded character came from, so a
 * match found in folded text ("hoa") is marked on what the operator wrote ("Hòa"). Folding a
 * whole string would lose that link: it trims and merges spaces.
 */
function foldedWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // Printable ASCII, most of any Vietnamese text, folds to itself in lower case.
    if (c >= 0x20 && c < 0x7f) {
      folded += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i];
      origin.push(i);
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const WORD_CHAR = /[a-z0-9]/;

/**
 * Where the query's words occur in `text` as word prefixes, accent-insensitively: the same rule
 * as the full-text index (every folded word matches the start of a word). Spans are sorted and
 * merged, ready to be wrapped in <mark>.
 */
export function highlightSpans(text: string, query: string): Span[] {
  const terms = searchWords(foldText(query));
  if (terms.length === 0) return [];
  const { folded, origin } = foldedWithOrigins(text);
  const found: Span[] = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at >= 0) {
      if (at === 0 || !WORD_CHAR.test(folded[at - 1]!)) {
        found.push({ start: origin[at]!, end: origin[at + term.length]! });
      }
      at = folded.indexOf(term, at + 1);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * A window of `text` around its first match, at most `width` characters, cut at spaces, so a
 * search result shows why it matched. Spans are given relative to the excerpt.
 */
export function excerpt(
  text: string,
  query: string,
  width = 160,
): { text: string; spans: Span[]; clippedStart: boolean; clippedEnd: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const spans = highlightSpans(flat, query);
  if (flat.length <= width) return { text: flat, spans, clippedStart: false, clippedEnd: false };
  const first = spans[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(width / 3), flat.length - width));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return {
    text: flat.slice(start, end),
    spans: spans
      .filter((s) => s.end > start && s.start < end)
      .map((s) => ({ start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start })),
    clippedStart: start > 0,
    clippedEnd: end < flat.length,
  };
}
