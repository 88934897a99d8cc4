import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Invitee, Meeting } from '../../shared/api/schemas';

/**
 * A fake bridge: every call waits until the test answers it, so the order of answers and events
 * (which differs between transports) is the test's to choose.
 */
const bridge = vi.hoisted(() => {
  interface Pending {
    method: string;
    input: unknown;
    resolve: (value: unknown) => void;
  }
  const pending: Pending[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    pending,
    listeners,
    invoke: (method: string, input: unknown) =>
      new Promise((resolve) => pending.push({ method, input, resolve })),
    on(event: string, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
});
vi.mock('../api/bridge', () => ({ api: { invoke: bridge.invoke, on: bridge.on } }));

const { useMeetingStore, watchMeetings } = await import('./meetingStore');

const flush = () => new Promise((r) => setTimeout(r, 0));

function calls(method?: string): string[] {
  return bridge.pending.map((p) => p.method).filter((m) => method === undefined || m === method);
}

/** Answers the oldest waiting call to `method`. */
async function answer(method: string, value: unknown): Promise<void> {
  const i = bridge.pending.findIndex((p) => p.method === method);
  if (i < 0) throw new Error(`no ${method} call waiting`);
  const [call] = bridge.pending.splice(i, 1);
  call!.resolve(value);
  await flush();
}

function emit(event: string, payload: unknown) {
  for (const listener of bridge.listeners.get(event) ?? []) listener(payload);
}

const meeting = (id: string, status: Meeting['status'] = 'planned') =>
  ({ id, title: 'Hội nghị', status }) as Meeting;

const invitee = (id: string, meetingId: string, status: Invitee['status'] = 'pending') =>
  ({ id, meetingId, fullName: id, status }) as Invitee;

let meetingSeq = 0;
let unwatch: () => void;

/** Opens a fresh meeting (own id, so no state leaks between tests) with two invitees. */
async function openMeeting() {
  const id = `m${++meetingSeq}`;
  useMeetingStore.getState().open(id);
  await answer('meetings.get', meeting(id));
  await answer('invitees.list', [invitee('a', id), invitee('b', id)]);
  expect(calls()).toEqual([]);
  return id;
}

const statusOf = (id: string) =>
  useMeetingStore.getState().invitees?.find((i) => i.id === id)?.status;

/** A check-in as the screen makes it; resolves once answered. */
function checkIn(id: string) {
  return useMeetingStore
    .getState()
    .saveInvitee(() => bridge.invoke('attendance.set', { inviteeId: id }) as Promise<Invitee>);
}

beforeEach(() => {
  unwatch = watchMeetings();
});

afterEach(() => {
  unwatch();
  bridge.pending.length = 0;
});

describe('meeting store', () => {
  it('shows a check-in from its answer and fetches nothing more when its event follows', async () => {
    const m = await openMeeting();
    const saved = checkIn('a');
    await answer('attendance.set', invitee('a', m, 'present'));
    await saved;
    expect(statusOf('a')).toBe('present');
    emit('attendance.changed', { meetingId: m });
    await flush();
    expect(calls()).toEqual([]);
  });

  it('fetches nothing more either when the event comes before the answer', async () => {
    const m = await openMeeting();
    const saved = checkIn('a');
    emit('attendance.changed', { meetingId: m });
    await flush();
    expect(calls('invitees.list')).toEqual([]);
    await answer('attendance.set', invitee('a', m, 'present'));
    await saved;
    expect(statusOf('a')).toBe('present');
    expect(calls()).toEqual([]);
  });

  it('refetches the list once for a change made in another window, only for the open meeting', async () => {
    const m = await openMeeting();
    emit('attendance.changed', { meetingId: 'another-meeting' });
    await flush();
    expect(calls()).toEqual([]);
    emit('attendance.changed', { meetingId: m });
    await flush();
    expect(calls()).toEqual(['invitees.list']);
    await answer('invitees.list', [invitee('a', m), invitee('b', m, 'late')]);
    expect(statusOf('b')).toBe('late');
  });

  it('keeps a check-in on screen when a list fetched before its answer arrives after it', async () => {
    const m = await openMeeting();
    emit('attendance.changed', { meetingId: m }); // someone else's change: a fetch goes out
    await flush();
    const saved = checkIn('a');
    await answer('attendance.set', invitee('a', m, 'present'));
    await saved;
    // The list was read before our write: 'a' is still pending in it, 'b' changed elsewhere.
    await answer('invitees.list', [invitee('a', m, 'pending'), invitee('b', m, 'late')]);
    expect(statusOf('a')).toBe('present');
    expect(statusOf('b')).toBe('late');
  });

  it('never lets a slow reply to an older fetch overwrite a newer one', async () => {
    const m = await openMeeting();
    emit('attendance.changed', { meetingId: m });
    emit('attendance.changed', { meetingId: m });
    await flush();
    expect(calls()).toEqual(['invitees.list', 'invitees.list']);
    const [older, newer] = bridge.pending.splice(0, 2);
    newer!.resolve([invitee('a', m, 'absent'), invitee('b', m)]);
    await flush();
    older!.resolve([invitee('a', m, 'pending'), invitee('b', m)]);
    await flush();
    expect(statusOf('a')).toBe('absent');
  });

  it('shows a status change from its answer and does not fetch the meeting again', async () => {
    const m = await openMeeting();
    const saved = useMeetingStore
      .getState()
      .saveMeeting(() => bridge.invoke('meetings.setStatus', { id: m }) as Promise<Meeting>);
    await answer('meetings.setStatus', meeting(m, 'in_progress'));
    await saved;
    emit('meetings.changed', { meetingId: m });
    await flush();
    expect(useMeetingStore.getState().meeting?.status).toBe('in_progress');
    expect(calls()).toEqual([]);
  });

  it('shares one subscription between screens and drops it after the last one', () => {
    const count = () => bridge.listeners.get('attendance.changed')?.size ?? 0;
    expect(count()).toBe(1);
    const second = watchMeetings();
    expect(count()).toBe(1);
    second();
    expect(count()).toBe(1);
    unwatch();
    expect(count()).toBe(0);
    unwatch = watchMeetings(); // for afterEach
  });
});
