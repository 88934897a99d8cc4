import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../shared/api/errors';
import type { Invitee, Meeting } from '../../shared/api/schemas';
import { api } from '../api/bridge';
import { toAppError } from '../api/useApiQuery';
import { createLocalPatches } from './localPatches';
import type { OwnChanges } from './ownChanges';
import { createOwnChanges } from './ownChanges';

/**
 * The one source of the open meeting and its invitee list, shared by the meeting page's tabs
 * (invitees, check-in, headcount, history) so a check-in is visible everywhere at once. Screens
 * never fetch these by hand: the store follows the core's events while a meeting screen is
 * mounted, and writes whose answer it can apply go through `saveInvitee` / `saveMeeting`.
 *
 * Why a check-in costs no list fetch: `attendance.set` answers with the whole updated invitee,
 * which is all that changed, so it is applied at once (the row updates without waiting for a
 * 500-row list) and the `attendance.changed` event that same write sends back is recognised as
 * ours and not fetched again (see ownChanges.ts for how, since events carry no origin). Every
 * other event, from another window or from a write whose answer we cannot apply (adding or
 * removing invitees, marking the rest absent), refetches the list once.
 */
interface MeetingState {
  meetingId: string | null;
  meeting: Meeting | null;
  invitees: Invitee[] | null;
  error: AppError | null;
  /** Shows this meeting, fetching it afresh (nothing followed its changes while it was closed). */
  open: (meetingId: string) => void;
  /** Runs a write that answers with one invitee of the open meeting, and shows that answer. */
  saveInvitee: (write: () => Promise<Invitee | undefined>) => Promise<Invitee | undefined>;
  /** Runs a write that answers with the open meeting, and shows that answer. */
  saveMeeting: (write: () => Promise<Meeting | undefined>) => Promise<Meeting | undefined>;
}

// Each fetch takes a ticket; only the answer to the newest ticket is kept, so a slow reply
// cannot overwrite a fresher one.
let meetingTicket = 0;
let inviteesTicket = 0;
// …and a fetch sent before a write's answer was applied must not undo that answer either.
const inviteePatches = createLocalPatches();
const meetingPatches = createLocalPatches();

interface Tracking {
  invitees: OwnChanges;
  meeting: OwnChanges;
}
// Per opened meeting, so a write answered after the operator moved on is counted for its own.
let tracking: Tracking = trackingFor(null);

function trackingFor(meetingId: string | null): Tracking {
  const current = () => useMeetingStore.getState().meetingId === meetingId;
  return {
    invitees: createOwnChanges(() => {
      if (current()) void fetchInvitees();
    }),
    meeting: createOwnChanges(() => {
      if (current()) void fetchMeeting();
    }),
  };
}

export const useMeetingStore = create<MeetingState>((set, get) => ({
  meetingId: null,
  meeting: null,
  invitees: null,
  error: null,

  open(meetingId) {
    if (get().meetingId !== meetingId) {
      set({ meetingId, meeting: null, invitees: null, error: null });
      inviteePatches.clear();
      meetingPatches.clear();
      tracking = trackingFor(meetingId);
    }
    void fetchMeeting();
    void fetchInvitees();
  },

  async saveInvitee(write) {
    const answered = tracking.invitees.begin();
    let applied = false;
    try {
      const invitee = await write();
      if (invitee) applied = applyInvitee(invitee);
      return invitee;
    } finally {
      answered(applied);
    }
  },

  async saveMeeting(write) {
    const answered = tracking.meeting.begin();
    let applied = false;
    try {
      const meeting = await write();
      if (meeting && get().meetingId === meeting.id) {
        meetingPatches.mark(meeting.id);
        set({ meeting });
        applied = true;
      }
      return meeting;
    } finally {
      answered(applied);
    }
  },
}));

/** Replaces one row with a write's answer; false when that row is not on screen. */
function applyInvitee(invitee: Invitee): boolean {
  const { meetingId, invitees } = useMeetingStore.getState();
  if (invitees === null || meetingId !== invitee.meetingId) return false;
  if (!invitees.some((i) => i.id === invitee.id)) return false;
  inviteePatches.mark(invitee.id);
  useMeetingStore.setState({ invitees: invitees.map((i) => (i.id === invitee.id ? invitee : i)) });
  return true;
}

async function fetchMeeting(): Promise<void> {
  const { getState, setState } = useMeetingStore;
  const id = getState().meetingId;
  if (id === null) return;
  const ticket = ++meetingTicket;
  const sentAt = meetingPatches.stamp();
  const isCurrent = () => ticket === meetingTicket && getState().meetingId === id;
  try {
    const meeting = await api.invoke('meetings.get', { id });
    if (isCurrent() && !meetingPatches.patchedSince(id, sentAt)) setState({ meeting, error: null });
  } catch (err) {
    if (isCurrent()) setState({ error: toAppError(err) });
  }
}

async function fetchInvitees(): Promise<void> {
  const { getState, setState } = useMeetingStore;
  const meetingId = getState().meetingId;
  if (meetingId === null) return;
  const ticket = ++inviteesTicket;
  const sentAt = inviteePatches.stamp();
  const isCurrent = () => ticket === inviteesTicket && getState().meetingId === meetingId;
  try {
    const fetched = await api.invoke('invitees.list', { meetingId });
    if (isCurrent())
      setState({ invitees: inviteePatches.merge(fetched, getState().invitees, sentAt) });
  } catch (err) {
    if (isCurrent()) setState({ error: toAppError(err) });
  }
}

// One subscription shared by every mounted meeting screen (as useGroups shares its own): the
// events are routed to the meeting open at the moment they arrive, never to one closed since.
let watchers = 0;
let unsubscribe: (() => void)[] = [];

/** Used by useOpenMeeting; exported for its tests. */
export function watchMeetings(): () => void {
  if (watchers++ === 0) {
    const isOpen = (meetingId: string) => useMeetingStore.getState().meetingId === meetingId;
    unsubscribe = [
      api.on('attendance.changed', (p) => {
        if (isOpen(p.meetingId)) tracking.invitees.onEvent();
      }),
      api.on('meetings.changed', (p) => {
        // No id means "any meeting may have changed": not one of our own writes.
        if (p.meetingId === null) void fetchMeeting();
        else if (isOpen(p.meetingId)) tracking.meeting.onEvent();
      }),
      // Directory edits reach the invitee snapshots of meetings that have not started.
      api.on('directory.changed', () => void fetchInvitees()),
    ];
  }
  return () => {
    if (--watchers === 0) {
      unsubscribe.forEach((off) => off());
      unsubscribe = [];
    }
  };
}

/** Opens `meetingId` in the store and keeps it in step with the core while mounted. */
export function useOpenMeeting(meetingId: string): void {
  const open = useMeetingStore((s) => s.open);
  useEffect(watchMeetings, []);
  useEffect(() => open(meetingId), [meetingId, open]);
}
