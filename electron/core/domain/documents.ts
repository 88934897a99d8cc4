import { AppError } from '../../../shared/api/errors';
import type { AttendanceFilter } from '../../../shared/documents/attendance';
import { attendanceDocument, signInDocument } from '../../../shared/documents/attendance';
import type { PointProfile } from '../../../shared/documents/frame';
import type { DocumentKind, DocumentModel } from '../../../shared/documents/model';
import { speechLogDocument } from '../../../shared/documents/speechLog';
import { heardSpeeches } from '../../../shared/report/draft';
import type { ReadableDB } from '../db/handles';
import { listInvitees } from '../db/queries/invitees';
import { getProfile } from '../db/queries/profile';
import { listSpeeches } from '../db/queries/speeches';
import { requireMeeting } from './guards';
import { provinceByCode } from './provinces';

export interface DocumentRequest {
  meetingId: string;
  document: DocumentKind;
  filter: AttendanceFilter;
}

function requireProfile(db: ReadableDB): PointProfile {
  const profile = getProfile(db);
  if (!profile) throw new AppError('PROFILE_REQUIRED', 'The point has no profile yet');
  return profile;
}

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
  }
}
