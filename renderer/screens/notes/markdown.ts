/**
 * The little Markdown a note is written in: paragraphs, bullet and numbered lists, **bold** and
 * *italic* (or _italic_). Parsed into plain data that MarkdownView turns into React elements, so
 * nothing the operator typed ever reaches the page as HTML. Anything else stays as typed.
 */
export interface Inline {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Block =
  | { kind: 'paragraph'; lines: Inline[][] }
  | { kind: 'bullets'; items: Inline[][] }
  | { kind: 'numbered'; start: number; items: Inline[][] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;

type Style = Pick<Inline, 'bold' | 'italic'>;
const PLAIN: Style = { bold: false, italic: false };

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Where a single-character emphasis opened at `from` closes, or -1. */
function closingOf(text: string, marker: string, from: number): number {
  for (let at = text.indexOf(marker, from + 1); at > from; at = text.indexOf(marker, at + 1)) {
    const isDouble = marker === '*' && (text[at + 1] === '*' || text[at - 1] === '*');
    // "_" closes only at a word's end, so snake_case_names stay as typed.
    const wordEnds = marker !== '_' || !isWordChar(text[at + 1]);
    if (!isSpace(text[at - 1]) && !isDouble && wordEnds) return at;
  }
  return -1;
}

function parseInlineInto(text: string, style: Style, out: Inline[]): void {
  let plain = '';
  const flush = () => {
    if (plain) out.push({ text: plain, ...style });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('**', i) && !isSpace(text[i + 2])) {
      const close = text.indexOf('**', i + 2);
      if (close > i + 2 && !isSpace(text[close - 1])) {
        flush();
        parseInlineInto(text.slice(i + 2, close), { ...style, bold: true }, out);
        i = close + 2;
        continue;
      }
    }
    const ch = text[i]!;
    const opensItalic =
      (ch === '*' || (ch === '_' && !isWordChar(text[i - 1]))) &&
      text[i + 1] !== ch &&
      !isSpace(text[i + 1]);
    if (opensItalic) {
      const close = closingOf(text, ch, i);
      if (close > i + 1) {
        flush();
        parseInlineInto(text.slice(i + 1, close), { ...style, italic: true }, out);
        i = close + 1;
        continue;
      }
    }
    plain += ch;
    i++;
  }
  flush();
}

/** One line's text with its bold and italic stretches, neighbours of one style merged. */
export function parseInline(text: string): Inline[] {
  const raw: Inline[] = [];
  parseInlineInto(text, PLAIN, raw);
  const merged: Inline[] = [];
  for (const span of raw) {
    const last = merged[merged.length - 1];
    if (last && last.bold === span.bold && last.italic === span.italic) last.text += span.text;
    else merged.push({ ...span });
  }
  return merged;
}

/** The note's blocks: a blank line ends a paragraph; a list item is one line. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const end = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') {
      end();
    } else if (bullet) {
      if (current?.kind !== 'bullets') {
        end();
        current = { kind: 'bullets', items: [] };
      }
      current.items.push(parseInline(bullet[1]!));
    } else if (numbered) {
      if (current?.kind !== 'numbered') {
        end();
        current = { kind: 'numbered', start: Number(numbered[1]), items: [] };
      }
      current.items.push(parseInline(numbered[2]!));
    } else {
      if (current?.kind !== 'paragraph') {
        end();
        current = { kind: 'paragraph', lines: [] };
      }
      current.lines.push(parseInline(line.trim()));
    }
  }
  end();
  return blocks;
}

/** The note as one line of plain text, markers gone: for the timeline's short preview. */
export function plainText(source: string): string {
  return parseMarkdown(source)
    .flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items))
    .map((spans) => spans.map((s) => s.text).join(''))
    .join(' · ');
}
