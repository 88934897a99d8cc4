import { useOutletContext } from 'react-router';
import type { Invitee, Meeting } from '../../../shared/api/schemas';

/**
 * What the meeting page hands its tabs once the meeting and its invitees are loaded. No reload
 * here: the meeting store follows every change, ours and other windows' (meetingStore.ts).
 */
export interface MeetingContext {
  meeting: Meeting;
  invitees: Invitee[];
  /** Finalized: the record as reported, nothing may change. */
  locked: boolean;
}

export function useMeetingContext(): MeetingContext {
  return useOutletContext<MeetingContext>();
}
