/**
 * Spreadsheet programs run a cell as a formula when it starts with = + - or @ (and the
 * full-width forms an East Asian input method types: ＝ ＋ － ＠), also after leading blanks, tabs
 * or line breaks. A CSV cell that would start a formula gets a leading apostrophe, which Excel
 * shows as text and our reader removes again, so the value survives export and import as it was.
 */
const TRIGGER = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

export const needsFormulaGuard = (text: string): boolean => TRIGGER.test(text);

/**
 * True when the text gets an apostrophe: it would start a formula, or it starts with
 * apostrophes before one (a cell that really reads "'+84") and the reader would otherwise take
 * its own apostrophe for ours.
 */
const guarded = (text: string): boolean => {
  let rest = text;
  while (rest.startsWith("'")) rest = rest.slice(1);
  return needsFormulaGuard(rest);
};

export const guardFormula = (text: string): string => (guarded(text) ? `'${text}` : text);

/** The reader's side: an apostrophe before what would be guarded is ours; anything else stays. */
export const unguardFormula = (text: string): string =>
  text.startsWith("'") && guarded(text.slice(1)) ? text.slice(1) : text;
