import { AppError } from '../../../shared/api/errors';
import type { AttendanceFilter } from '../../../shared/documents/attendance';
import { attendanceDocument, signInDocument } from '../../../shared/documents/attendance';
import type { PointProfile } from '../../../shared/documents/frame';
import type { DocumentKind, DocumentModel } from '../../../shared/documents/model';
import { mainTable } from '../../../shared/documents/model';
import type { ReportSource } from '../../../shared/documents/report';
import { reportDocumentModel } from '../../../shared/documents/report';
import { speechLogDocument } from '../../../shared/documents/speechLog';
import type { ReportContent } from '../../../shared/report/content';
import { heardSpeeches } from '../../../shared/report/draft';
import { reportIssueDate } from '../../../shared/report/prose';
import type { ReadableDB } from '../db/handles';
import { listInvitees } from '../db/queries/invitees';
import { getProfile } from '../db/queries/profile';
import { getRevision, latestRevision } from '../db/queries/reports';
import { listSpeeches } from '../db/queries/speeches';
import { requireMeeting } from './guards';
import { provinceByCode } from './provinces';
import { buildDraft } from './reportDraft';

export interface DocumentRequest {
  meetingId: string;
  document: DocumentKind;
  filter: AttendanceFilter;
  revision?: number | undefined;
}

function requireProfile(db: ReadableDB): PointProfile {
  const profile = getProfile(db);
  if (!profile) throw new AppError('PROFILE_REQUIRED', 'The point has no profile yet');
  return profile;
}

/**
 * The report text a document prints: the revision asked for; without one, the latest saved
 * revision, or, when nothing is saved yet, the draft the meeting's data makes now.
 */
function reportSource(
  db: ReadableDB,
  meetingId: string,
  revision: number | undefined,
  now: number,
): ReportSource {
  const row =
    revision === undefined ? latestRevision(db, meetingId) : getRevision(db, meetingId, revision);
  if (revision !== undefined && !row) {
    throw new AppError('NOT_FOUND', `No revision ${revision} of meeting ${meetingId}'s report`, {
      entity: 'reportRevision',
      id: `${meetingId}:${revision}`,
    });
  }
  if (!row) {
    return {
      content: buildDraft(db, meetingId, now),
      revision: null,
      issuedOn: reportIssueDate(null, new Date(now)),
      signedBy: null,
    };
  }
  return {
    content: JSON.parse(row.content) as ReportContent,
    revision: row.revision,
    issuedOn: reportIssueDate(
      { savedAt: row.saved_at, finalizedAt: row.finalized_at },
      new Date(now),
    ),
    signedBy: row.finalized_by ?? row.saved_by,
  };
}

/** How many people (or speeches) the document lists. */
export const rowCount = (model: DocumentModel): number =>
  mainTable(model)?.rows.filter((r) => r.kind === 'row').length ?? 0;

/** The document's model from the meeting as it is now; the outputs all read this. */
export function buildDocument(
  db: ReadableDB,
  request: DocumentRequest,
  now: number,
): DocumentModel {
  const meeting = requireMeeting(db, request.meetingId);
  const profile = requireProfile(db);
  switch (request.document) {
    case 'attendance':
      return attendanceDocument(profile, meeting, listInvitees(db, meeting.id), request.filter);
    case 'signin':
      return signInDocument(profile, meeting, listInvitees(db, meeting.id));
    case 'speeches':
      return speechLogDocument(
        profile,
        meeting,
        heardSpeeches(
          listSpeeches(db, meeting.id),
          meeting.agenda,
          profile.pointName,
          (code) => provinceByCode(code)?.name ?? null,
          now,
        ),
      );
    case 'report':
      return reportDocumentModel(
        profile,
        meeting,
        reportSource(db, meeting.id, request.revision, now),
      );
  }
}

/**
 * The name a document's file is proposed under, without reading its rows: a list's name hangs
 * on its title and the meeting's date only, so the save dialog opens at once on the core's
 * thread while the list itself is read in the worker. A missing meeting or profile fails here
 * as it would in `buildDocument`.
 */
export function documentFileStem(db: ReadableDB, request: DocumentRequest, now: number): string {
  const meeting = requireMeeting(db, request.meetingId);
  const profile = requireProfile(db);
  switch (request.document) {
    case 'attendance':
      return attendanceDocument(profile, meeting, [], request.filter).fileStem;
    case 'signin':
      return signInDocument(profile, meeting, []).fileStem;
    case 'speeches':
      return speechLogDocument(profile, meeting, []).fileStem;
    case 'report':
      // A text, not a list: its name carries the revision, which reading it decides.
      return buildDocument(db, request, now).fileStem;
  }
}
