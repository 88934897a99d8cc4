import { AppError } from '../../../shared/api/errors';
import type { ReportRevision } from '../../../shared/api/reportSchemas';
import type { ReportContent } from '../../../shared/report/content';
import { reportSearchText } from '../../../shared/report/text';
import type { ReadableDB } from '../db/handles';
import { getProfile } from '../db/queries/profile';
import type { RevisionRow } from '../db/queries/reports';
import {
  finalizeRevision,
  getRevision,
  insertRevision,
  latestRevision,
  listRevisions,
} from '../db/queries/reports';
import { indexText } from '../db/queries/search';
import { requireMeeting } from '../domain/guards';
import { buildDraft } from '../domain/reportDraft';
import { defineHandlers } from '../handlerTypes';

const info = (r: RevisionRow) => ({
  revision: r.revision,
  savedAt: r.saved_at,
  savedBy: r.saved_by,
  finalizedAt: r.finalized_at,
  finalizedBy: r.finalized_by,
});

const withContent = (r: RevisionRow): ReportRevision => ({
  ...info(r),
  content: JSON.parse(r.content) as ReportContent,
});

function requireRevision(db: ReadableDB, meetingId: string, revision: number): RevisionRow {
  const r = getRevision(db, meetingId, revision);
  if (!r) {
    throw new AppError('NOT_FOUND', `No revision ${revision} of meeting ${meetingId}'s report`, {
      entity: 'reportRevision',
      id: `${meetingId}:${revision}`,
    });
  }
  return r;
}

/** Who saved or finalized: the operator named in the point's profile. */
const operator = (db: ReadableDB) => getProfile(db)?.operatorName ?? '';

export const reportHandlers = defineHandlers<'reports.'>({
  /** A fresh draft from the meeting's data as it is now; nothing is saved. */
  'reports.draft': (input, ctx) => {
    const now = ctx.now().getTime();
    return { content: buildDraft(ctx.db, input.meetingId, now), now };
  },

  'reports.revisions': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return { revisions: listRevisions(ctx.db, input.meetingId).map(info) };
  },

  'reports.get': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return withContent(requireRevision(ctx.db, input.meetingId, input.revision));
  },

  /**
   * Saves the edited report as the next revision; earlier ones, finalized or not, are kept
   * as they were. `baseRevision` is the revision the editor started from, so a save from a
   * stale window cannot silently replace a newer one.
   */
  'reports.save': (input, tx) => {
    requireMeeting(tx.db, input.meetingId);
    if (input.content.meeting.id !== input.meetingId) {
      throw new AppError('VALIDATION', 'The report is of another meeting', {
        issues: [{ path: ['content', 'meeting', 'id'], message: 'invalid_value' }],
      });
    }
    const latest = latestRevision(tx.db, input.meetingId);
    const current = latest?.revision ?? null;
    if (current !== input.baseRevision) {
      throw new AppError('CONFLICT', `Report is at revision ${current}`, {
        current,
        base: input.baseRevision,
      });
    }
    const content = JSON.stringify(input.content);
    if (latest && latest.content === content) return withContent(latest);
    insertRevision(tx.db, {
      meeting_id: input.meetingId,
      revision: (current ?? 0) + 1,
      content,
      saved_at: tx.at,
      saved_by: operator(tx.db),
    });
    indexText(tx.db, 'report', input.meetingId, input.meetingId, reportSearchText(input.content));
    tx.changed('reports.changed', { meetingId: input.meetingId });
    return withContent(latestRevision(tx.db, input.meetingId)!);
  },

  /**
   * Freezes the latest revision with the time and the operator. Only the latest: what is
   * finalized is what the operator was looking at. Finalizing twice changes nothing.
   */
  'reports.finalize': (input, tx) => {
    requireMeeting(tx.db, input.meetingId);
    const row = requireRevision(tx.db, input.meetingId, input.revision);
    if (row.finalized_at) return withContent(row);
    if (latestRevision(tx.db, input.meetingId)!.revision !== row.revision) {
      throw new AppError('CONFLICT', 'Only the latest revision can be finalized', {
        current: latestRevision(tx.db, input.meetingId)!.revision,
        base: row.revision,
      });
    }
    finalizeRevision(tx.db, input.meetingId, row.revision, tx.at, operator(tx.db));
    tx.changed('reports.changed', { meetingId: input.meetingId });
    tx.afterCommit('backup.finalize');
    return withContent(requireRevision(tx.db, input.meetingId, row.revision));
  },
});
