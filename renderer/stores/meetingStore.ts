import { create } from 'zustand';
import type { AppError } from '../../shared/api/errors';
import type { Invitee, Meeting } from '../../shared/api/schemas';
import { api } from '../api/bridge';
import { toAppError } from '../api/useApiQuery';

/**
 * The meeting on screen and its invitee list, shared by the meeting page's tabs (invitees,
 * check-in, history) so a check-in is visible everywhere at once.
 */
interface MeetingState {
  meetingId: string | null;
  meeting: Meeting | null;
  invitees: Invitee[] | null;
  error: AppError | null;
  open: (meetingId: string) => void;
  reloadMeeting: () => Promise<void>;
  reloadInvitees: () => Promise<void>;
  setMeeting: (meeting: Meeting) => void;
  /** Shows an invitee's new state at once, before the list is fetched again. */
  patchInvitee: (invitee: Invitee) => void;
}

// Each fetch takes a ticket; only the answer to the newest ticket is kept, so a slow reply
// cannot overwrite a fresher one.
let meetingTicket = 0;
let inviteesTicket = 0;

export const useMeetingStore = create<MeetingState>((set, get) => ({
  meetingId: null,
  meeting: null,
  invitees: null,
  error: null,

  open(meetingId) {
    if (get().meetingId === meetingId) {
      void get().reloadMeeting();
      void get().reloadInvitees();
      return;
    }
    set({ meetingId, meeting: null, invitees: null, error: null });
    void get().reloadMeeting();
    void get().reloadInvitees();
  },

  async reloadMeeting() {
    const id = get().meetingId;
    if (id === null) return;
    const ticket = ++meetingTicket;
    try {
      const meeting = await api.invoke('meetings.get', { id });
      if (ticket === meetingTicket && get().meetingId === id) set({ meeting, error: null });
    } catch (err) {
      if (ticket === meetingTicket && get().meetingId === id) set({ error: toAppError(err) });
    }
  },

  async reloadInvitees() {
    const meetingId = get().meetingId;
    if (meetingId === null) return;
    const ticket = ++inviteesTicket;
    try {
      const invitees = await api.invoke('invitees.list', { meetingId });
      if (ticket === inviteesTicket && get().meetingId === meetingId) set({ invitees });
    } catch (err) {
      if (ticket === inviteesTicket && get().meetingId === meetingId)
        set({ error: toAppError(err) });
    }
  },

  setMeeting(meeting) {
    if (get().meetingId === meeting.id) set({ meeting });
  },

  patchInvitee(invitee) {
    const list = get().invitees;
    if (list === null || get().meetingId !== invitee.meetingId) return;
    set({ invitees: list.map((i) => (i.id === invitee.id ? invitee : i)) });
  },
}));
