import { normaliseVietnamese, normaliseWords } from './tone';

/**
 * What every text that enters through the contract goes through once, before any service sees
 * it. Some characters cannot be stored honestly and are refused with a message (NUL ends C
 * strings in other tools; a lone surrogate is not Unicode and becomes invalid UTF-8 in SQLite).
 * Others are invisible and only cause harm (a bidi override turns "Hưng" around on screen, a
 * zero-width space makes two names look equal and compare different): they are removed. What
 * remains is Vietnamese-normalised (NFC, one tone placement, single spaces).
 */

/** Why a text is refused; the messages are i18n keys under `validation.`. */
export type TextProblem = 'invalid_characters';

const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Format characters (bidi controls, zero-width spaces, soft hyphens, BOMs, tags…) and the
 * Hangul fillers that render as blanks. Zero-width (non-)joiners stay: some scripts need them
 * between letters, and they cannot reorder or hide text. Vietnamese needs none of the others;
 * its marks are combining characters (category Mn), which are untouched.
 */
const INVISIBLE = /(?![\u200C\u200D])[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
/** Control characters; in a one-line field they separate words, so they become spaces. */
const CONTROLS = /[\p{Cc}]/gu;

export function textProblem(input: string): TextProblem | null {
  if (input.includes(NUL) || LONE_SURROGATE.test(input)) return 'invalid_characters';
  return null;
}

/** A one-line field (names, posts, titles): invisible characters out, controls to spaces. */
export function cleanLine(input: string): string {
  return normaliseVietnamese(input.replace(INVISIBLE, '').replace(CONTROLS, ' '));
}

/** Controls other than the tab, which a block keeps for indentation. */
const BLOCK_CONTROLS = /(?!\t)[\p{Cc}]/gu;

/**
 * A block of prose (a note, a report's paragraph): the same cleaning as a line, but its lines
 * stay lines (any line ending becomes "\n") and its spacing stays as typed, because Markdown
 * reads indentation. Trailing blanks of each line and blank lines at either end go.
 */
export function cleanBlock(input: string): string {
  return input
    .replace(INVISIBLE, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => normaliseWords(line.replace(BLOCK_CONTROLS, ' ')).trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** True when a text says something: at least one letter or digit. */
export const hasContent = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
