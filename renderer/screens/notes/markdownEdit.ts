/**
 * The editor's Markdown helpers as text edits: which stretch of the text to replace and with
 * what, and where the selection goes after. The editor applies them through the browser's own
 * "insert text" so Ctrl+Z still undoes them; these functions only compute.
 */
export interface TextEdit {
  /** Replace [from, to) of the text with `insert`… */
  from: number;
  to: number;
  insert: string;
  /** …then select [selectionStart, selectionEnd) of the result. */
  selectionStart: number;
  selectionEnd: number;
}

/** Wraps the selection in `marker` ("**"), or unwraps it when it already is. */
export function toggleWrap(text: string, start: number, end: number, marker: string): TextEdit {
  const m = marker.length;
  const wrapped =
    start >= m && text.slice(start - m, start) === marker && text.slice(end, end + m) === marker;
  if (wrapped) {
    const inner = text.slice(start, end);
    return {
      from: start - m,
      to: end + m,
      insert: inner,
      selectionStart: start - m,
      selectionEnd: end - m,
    };
  }
  const inner = text.slice(start, end);
  return {
    from: start,
    to: end,
    insert: `${marker}${inner}${marker}`,
    selectionStart: start + m,
    selectionEnd: end + m,
  };
}

export type ListKind = 'bullets' | 'numbered';

const PREFIX: Record<ListKind, RegExp> = {
  bullets: /^\s*[-*+]\s+/,
  numbered: /^\s*\d{1,9}[.)]\s+/,
};

/**
 * Makes the lines the selection touches a list, or plain lines again when they all already are
 * that list. Numbered lines are numbered 1, 2, 3… afresh.
 */
export function toggleList(text: string, start: number, end: number, kind: ListKind): TextEdit {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  const lines = text.slice(from, to).split('\n');
  const isList = lines.every((l) => PREFIX[kind].test(l));
  const bare = lines.map((l) => l.replace(PREFIX.bullets, '').replace(PREFIX.numbered, ''));
  const next = isList
    ? bare
    : bare.map((l, i) => (kind === 'bullets' ? `- ${l}` : `${i + 1}. ${l}`));
  const insert = next.join('\n');
  // One line with the caret: the caret goes to the line's end, ready to type the item.
  const caretOnly = start === end && lines.length === 1;
  return {
    from,
    to,
    insert,
    selectionStart: caretOnly ? from + insert.length : from,
    selectionEnd: from + insert.length,
  };
}

/** The text after an edit (what the browser's insert does, for tests and the fallback). */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}
