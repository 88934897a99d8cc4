import type { ReportContent } from '../../../shared/report/content';
import { draftReport } from '../../../shared/report/draft';
import type { ReadableDB } from '../db/handles';
import { listIncidents } from '../db/queries/incidents';
import { listInvitees } from '../db/queries/invitees';
import { listNotes } from '../db/queries/notes';
import { getPerson } from '../db/queries/people';
import { getProfile } from '../db/queries/profile';
import { listSpeeches } from '../db/queries/speeches';
import { requireMeeting } from './guards';
import { provinceByCode } from './provinces';

/** The meeting's data, read once, turned into the report's first draft. */
export function buildDraft(db: ReadableDB, meetingId: string, now: number): ReportContent {
  const meeting = requireMeeting(db, meetingId);
  const profile = getProfile(db);
  const invitees = listInvitees(db, meetingId);
  const chairPerson = meeting.localChairId ? getPerson(db, meeting.localChairId) : undefined;
  const chairInvitee = invitees.find((i) => i.personId === meeting.localChairId);
  const localChair =
    meeting.localChairName !== null || chairPerson
      ? {
          name: meeting.localChairName ?? chairPerson?.fullName ?? '',
          position: chairInvitee?.position ?? chairPerson?.position ?? '',
        }
      : null;
  return draftReport({
    meeting,
    localChair,
    point: {
      pointName: profile?.pointName ?? '',
      pointCode: profile?.pointCode ?? '',
      placeName: profile?.placeName ?? '',
    },
    invitees,
    speeches: listSpeeches(db, meetingId),
    notes: listNotes(db, meetingId),
    incidents: listIncidents(db, meetingId),
    provinceName: (code) => provinceByCode(code)?.name ?? null,
    now,
  });
}
