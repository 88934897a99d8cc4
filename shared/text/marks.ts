/**
 * Unicode normalisation in time linear in the text.
 *
 * NFC and NFD put each run of combining marks in canonical order, and ICU (what
 * `String.prototype.normalize` uses in Node and Chromium) sorts a run by insertion: a run of n
 * marks of two classes costs n² steps. Measured on Node 20: one letter followed by 16,000
 * alternating acute and dot-below marks takes 0.2 s to normalise, 64,000 take 3–4 s, and a
 * 512,000-character cell would take hours, each time a name or a search is normalised.
 *
 * Real text has a few marks per letter (Vietnamese at most two: a letter mark and a tone; the
 * scripts that stack most use four or five). Unicode's Stream-Safe Text Format (UAX #15)
 * bounds a run at 30 non-starters for the same reason; here a run longer than MAX_MARK_RUN is
 * cut to that length before normalising, so every sort is over at most 30 marks and the whole
 * normalisation is linear. The marks cut are dropped, not kept behind a U+034F as the format
 * does: no one types 31 marks on one letter, and they would only be noise in a name.
 */
export const MAX_MARK_RUN = 30;

const LONG_RUN = new RegExp(`(\\p{M}{${MAX_MARK_RUN}})\\p{M}+`, 'gu');
const HAS_LONG_RUN = new RegExp(`\\p{M}{${MAX_MARK_RUN + 1}}`, 'u');

/** The text with every run of combining marks cut to MAX_MARK_RUN (unchanged if none is longer). */
export function boundMarkRuns(text: string): string {
  return HAS_LONG_RUN.test(text) ? text.replace(LONG_RUN, '$1') : text;
}

/** `text.normalize('NFC')`, linear in the text (see above). */
export const toNfc = (text: string): string => boundMarkRuns(text).normalize('NFC');

/** `text.normalize('NFD')`, linear in the text (see above). */
export const toNfd = (text: string): string => boundMarkRuns(text).normalize('NFD');
