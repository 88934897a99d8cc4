import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';

export interface RevisionRow {
  meeting_id: string;
  revision: number;
  content: string;
  saved_at: string;
  saved_by: string;
  finalized_at: string | null;
  finalized_by: string | null;
}

/** Newest first. */
export function listRevisions(db: ReadableDB, meetingId: string): RevisionRow[] {
  return stmt(db, 'SELECT * FROM report_revisions WHERE meeting_id = ? ORDER BY revision DESC').all(
    meetingId,
  ) as RevisionRow[];
}

export function getRevision(
  db: ReadableDB,
  meetingId: string,
  revision: number,
): RevisionRow | undefined {
  return stmt(db, 'SELECT * FROM report_revisions WHERE meeting_id = ? AND revision = ?').get(
    meetingId,
    revision,
  ) as RevisionRow | undefined;
}

export function latestRevision(db: ReadableDB, meetingId: string): RevisionRow | undefined {
  return stmt(
    db,
    'SELECT * FROM report_revisions WHERE meeting_id = ? ORDER BY revision DESC LIMIT 1',
  ).get(meetingId) as RevisionRow | undefined;
}

export function insertRevision(
  db: WritableDB,
  row: Omit<RevisionRow, 'finalized_at' | 'finalized_by'>,
): void {
  stmt(
    db,
    `INSERT INTO report_revisions (meeting_id, revision, content, saved_at, saved_by)
     VALUES (@meeting_id, @revision, @content, @saved_at, @saved_by)`,
  ).run(row);
}

export function finalizeRevision(
  db: WritableDB,
  meetingId: string,
  revision: number,
  at: string,
  by: string,
): void {
  stmt(
    db,
    `UPDATE report_revisions SET finalized_at = @at, finalized_by = @by
     WHERE meeting_id = @meetingId AND revision = @revision`,
  ).run({ meetingId, revision, at, by });
}
