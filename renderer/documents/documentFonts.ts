// Tinos, shipped with the app: the four faces the templates draw, regular, italic (the date
// line), bold (headings, names of bodies), bold italic (runs of a report). Whole, in
// @fontsource's order: a subset's file is fetched only when text needs it, and the order of
// the rules decides which file draws a letter two subsets share; importing only the Latin and
// Vietnamese subsets, in either order tried, printed a different PDF (other text runs, words
// that pdftotext split).
import '@fontsource/tinos/400.css';
import '@fontsource/tinos/400-italic.css';
import '@fontsource/tinos/700.css';
import '@fontsource/tinos/700-italic.css';

/** Letters from each subset's unicode-range, so one load fetches all three files of a face. */
const SAMPLE = 'Aa Ăă Đđ Ơơ Ưư Ếế Ịị';
const FACES = [
  '400 14pt Tinos',
  'italic 400 14pt Tinos',
  '700 14pt Tinos',
  'italic 700 14pt Tinos',
];

let loading: Promise<void> | null = null;

/**
 * Fetches the faces before a document is drawn. The @font-face rules say `font-display: swap`,
 * and Chromium fetches a face only when laid-out text needs it: 2,000 rows were laid out in the
 * fallback face, then again as each face arrived (three full layouts instead of one). Loaded
 * once per page; a failed load leaves the fallback face (Times New Roman, then serif).
 */
export function loadDocumentFonts(): Promise<void> {
  loading ??= Promise.all(FACES.map((f) => document.fonts.load(f, SAMPLE))).then(
    () => undefined,
    () => undefined,
  );
  return loading;
}
