import type { BodyKind, Meeting, Profile } from '../api/schemas';
import { foldText } from '../text/fold';
import { dateLine } from './dateLine';
import { documentHeading } from './heading';
import type { DocumentKind, DocumentModel } from './model';
import { PREPARED_BY } from './wording';

/** What every document takes from the point's profile. */
export type PointProfile = Pick<
  Profile,
  'pointName' | 'parentBody' | 'issuingBody' | 'placeName' | 'operatorName'
> & { bodyKind: BodyKind | null };

export type MeetingFacts = Pick<Meeting, 'title' | 'date' | 'startTime' | 'centerHost'>;

/** "danh-sach-dai-bieu-2026-11-30": what the save dialog proposes. */
export function fileStem(title: string, date: string): string {
  const words = foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${words.slice(0, 60).replace(/-$/, '')}-${date}`;
}

/**
 * The parts every document shares: the heading the body kind calls for, the place-and-date
 * line (the meeting's date: the paper is of that day), the title, the meeting under it, and the
 * operator's signature block.
 */
export function documentFrame(
  kind: DocumentKind,
  title: string,
  profile: PointProfile,
  meeting: MeetingFacts,
): Omit<DocumentModel, 'blocks' | 'orientation'> {
  return {
    kind,
    // A point set up before the body kind was asked gets the state heading until it answers.
    heading: documentHeading({ ...profile, bodyKind: profile.bodyKind ?? 'other' }),
    placeDate: dateLine(profile.placeName, meeting.date),
    title,
    subtitle: [meeting.title, `Điểm cầu: ${profile.pointName}`].filter((s) => s.trim() !== ''),
    signature: { role: PREPARED_BY, name: profile.operatorName },
    fileStem: fileStem(title, meeting.date),
  };
}
