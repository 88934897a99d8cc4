/**
 * Spreadsheet programs run a cell as a formula when it starts with = + - or @ (and the
 * full-width forms an East Asian input method types: ＝ ＋ － ＠), also after leading blanks, tabs
 * or line breaks. A CSV cell that would start a formula gets a leading apostrophe, which Excel
 * shows as text and our reader removes again, so the value survives export and import as it was.
 */
const TRIGGER = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

export const needsFormulaGuard = (text: string): boolean => TRIGGER.test(text);

export const guardFormula = (text: string): string => (needsFormulaGuard(text) ? `'${text}` : text);

/** The reader's side: an apostrophe before what would be a formula is ours; anything else stays. */
export const unguardFormula = (text: string): string =>
  text.startsWith("'") && needsFormulaGuard(text.slice(1)) ? text.slice(1) : text;
