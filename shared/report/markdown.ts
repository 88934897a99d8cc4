/**
 * The little Markdown the operator's items carry (bold, italics, bulleted lines), read into
 * lines of styled runs: the preview draws them and a document export can write the same runs.
 * Anything else is text as typed, so nothing the operator wrote is ever dropped.
 */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface MarkdownLine {
  /** "- item", "* item" or "+ item": drawn with a dash, as administrative texts list. */
  bullet: boolean;
  runs: Run[];
}

const BULLET = /^\s*[-*+]\s+/;
// **bold**, *italic*, _italic_; markers must hug the text, so "2 * 3 * 4" stays text.
const INLINE = /\*\*(\S(?:.*?\S)?)\*\*|\*(\S(?:.*?\S)?)\*|_(\S(?:.*?\S)?)_/g;

export function markdownRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), bold: false, italic: false });
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true, italic: false });
    else runs.push({ text: m[2] ?? m[3] ?? '', bold: false, italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), bold: false, italic: false });
  return runs;
}

/** Non-empty lines, each a bullet or not, with its runs. */
export function markdownLines(text: string): MarkdownLine[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const bullet = BULLET.test(line);
      return { bullet, runs: markdownRuns(bullet ? line.replace(BULLET, '') : line.trim()) };
    });
}
