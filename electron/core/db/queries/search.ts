import { foldText } from '../../../../shared/text/fold';
import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import { queryMatch } from './peopleSearch';

/**
 * The full-text index over notes and reports. It holds folded text (the directory's folding:
 * no diacritics, đ→d, lower case), so a search typed without accents finds accented notes.
 */
export type SearchSource = 'note' | 'report';

export function indexText(
  db: WritableDB,
  source: SearchSource,
  refId: string,
  meetingId: string,
  text: string,
): void {
  const existing = stmt(db, 'SELECT id FROM search_docs WHERE source = ? AND ref_id = ?').get(
    source,
    refId,
  ) as { id: number } | undefined;
  let rowid = existing?.id;
  if (rowid === undefined) {
    rowid = Number(
      stmt(db, 'INSERT INTO search_docs (source, ref_id, meeting_id) VALUES (?, ?, ?)').run(
        source,
        refId,
        meetingId,
      ).lastInsertRowid,
    );
  } else {
    stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(rowid);
  }
  stmt(db, 'INSERT INTO search_fts (rowid, folded) VALUES (?, ?)').run(rowid, foldText(text));
}

export function unindexText(db: WritableDB, source: SearchSource, refId: string): void {
  const existing = stmt(db, 'SELECT id FROM search_docs WHERE source = ? AND ref_id = ?').get(
    source,
    refId,
  ) as { id: number } | undefined;
  if (!existing) return;
  stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(existing.id);
  stmt(db, 'DELETE FROM search_docs WHERE id = ?').run(existing.id);
}

/** Every folded word must begin a word of the text: the directory's search rule. */
export const matchExpression = (query: string): string | null => queryMatch(query)?.match ?? null;

export interface DocHit {
  source: SearchSource;
  ref_id: string;
  meeting_id: string;
}

export const SEARCH_SQL = `SELECT d.source, d.ref_id, d.meeting_id
  FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
  WHERE search_fts MATCH @match
  ORDER BY search_fts.rowid DESC
  LIMIT @limit`;

/**
 * Newest first: a document's rowid is given when it is first indexed (a note's when it is
 * taken, a report's at its first revision) and kept through later saves. In this order FTS5
 * walks the index and stops at `limit`; ordered by relevance (bm25) it scored every match
 * first, which over 10,000 notes took about ten times as long (docs/PERFORMANCE.md, Notes).
 */
export function searchDocs(db: ReadableDB, match: string, limit: number): DocHit[] {
  return stmt(db, SEARCH_SQL).all({ match, limit }) as DocHit[];
}
