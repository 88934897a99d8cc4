import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../shared/api/errors';
import type { Speech, SpeechChange } from '../../shared/api/speakingSchemas';
import { api } from '../api/bridge';
import { toAppError } from '../api/useApiQuery';
import { createLocalPatches } from './localPatches';
import type { OwnChanges } from './ownChanges';
import { createOwnChanges } from './ownChanges';

/**
 * The open meeting's speakers' log, shared by the operator's speakers tab and the room display.
 * Like the meeting store: a write's answer (the speeches it changed, whole) is applied at once,
 * the event that write sends back is recognised as ours (ownChanges.ts), and any other event
 * — another window, the room display's own window — refetches the list once.
 *
 * Timers are shown on the core's clock: every answer carries the core's `now`, and the store
 * keeps how far this page's clock is from it. When the system clock is set, the core says so
 * (`clock.changed`) and the list is fetched again with its `now`.
 */
interface SpeechStoreState {
  meetingId: string | null;
  /** In log order (order key). */
  speeches: Speech[] | null;
  /** Core clock minus this page's clock, in ms. */
  clockOffset: number;
  error: AppError | null;
  open: (meetingId: string) => void;
  /** Runs a write that answers with a SpeechChange, and shows that answer. */
  save: (write: () => Promise<SpeechChange | undefined>) => Promise<SpeechChange | undefined>;
}

let ticket = 0;
const patches = createLocalPatches();
let tracking: OwnChanges = trackingFor(null);

function trackingFor(meetingId: string | null): OwnChanges {
  return createOwnChanges(() => {
    if (useSpeechStore.getState().meetingId === meetingId) void fetchSpeeches();
  });
}

const byOrder = (a: Speech, b: Speech) =>
  a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0;

export const useSpeechStore = create<SpeechStoreState>((set, get) => ({
  meetingId: null,
  speeches: null,
  clockOffset: 0,
  error: null,

  open(meetingId) {
    if (get().meetingId !== meetingId) {
      set({ meetingId, speeches: null, error: null });
      patches.clear();
      tracking = trackingFor(meetingId);
    }
    void fetchSpeeches();
  },

  async save(write) {
    const answered = tracking.begin();
    let applied = false;
    try {
      const change = await write();
      if (change) applied = applyChange(change);
      return change;
    } finally {
      answered(applied);
    }
  },
}));

/** Shows a write's answer; false when it is not about the meeting on screen. */
function applyChange(change: SpeechChange): boolean {
  const { meetingId, speeches } = useSpeechStore.getState();
  if (speeches === null) return false;
  const mine = change.changed.filter((s) => s.meetingId === meetingId);
  if (mine.length !== change.changed.length) return false;
  const gone = new Set(change.removed);
  const byId = new Map(speeches.filter((s) => !gone.has(s.id)).map((s) => [s.id, s]));
  for (const s of mine) {
    patches.mark(s.id);
    byId.set(s.id, s);
  }
  useSpeechStore.setState({
    speeches: [...byId.values()].sort(byOrder),
    clockOffset: change.now - Date.now(),
  });
  return true;
}

async function fetchSpeeches(): Promise<void> {
  const { getState, setState } = useSpeechStore;
  const meetingId = getState().meetingId;
  if (meetingId === null) return;
  const mine = ++ticket;
  const sentAt = patches.stamp();
  try {
    const { speeches, now } = await api.invoke('speeches.list', { meetingId });
    if (mine !== ticket || getState().meetingId !== meetingId) return;
    setState({
      speeches: patches.merge(speeches, getState().speeches, sentAt).sort(byOrder),
      clockOffset: now - Date.now(),
      error: null,
    });
  } catch (err) {
    if (mine === ticket && getState().meetingId === meetingId) setState({ error: toAppError(err) });
  }
}

let watchers = 0;
let unsubscribe: (() => void)[] = [];

/** One subscription while any speakers' screen is mounted. Exported for tests. */
export function watchSpeeches(): () => void {
  if (watchers++ === 0) {
    unsubscribe = [
      api.on('speeches.changed', (p) => {
        if (useSpeechStore.getState().meetingId === p.meetingId) tracking.onEvent();
      }),
      api.on('clock.changed', () => void fetchSpeeches()),
    ];
  }
  return () => {
    if (--watchers === 0) {
      unsubscribe.forEach((off) => off());
      unsubscribe = [];
    }
  };
}

/** Opens the meeting's speakers' log in the store and follows it while mounted. */
export function useOpenSpeeches(meetingId: string): void {
  const open = useSpeechStore((s) => s.open);
  useEffect(watchSpeeches, []);
  useEffect(() => open(meetingId), [meetingId, open]);
}

/**
 * The core's clock, ticking on screen: re-renders every `everyMs`. Timers are computed from it
 * and the stored times (shared/speaking/timing.ts), never counted up in the page.
 */
export function useCoreNow(everyMs = 250): number {
  const offset = useSpeechStore((s) => s.clockOffset);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const t = setInterval(() => setNow(Date.now() + offset), everyMs);
    return () => clearInterval(t);
  }, [offset, everyMs]);
  return now;
}
