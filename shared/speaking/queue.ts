import { keyBetween } from '../order/fractionalKey';
import type { Speech, SpeechEvent, SpeechFields, SpeechRefusal, SpeechState } from './model';
import { FINISHED, IN_PROGRESS, PENDING } from './model';

/** A meeting's speeches, as its events leave them. */
export interface Queue {
  speeches: ReadonlyMap<string, Speech>;
  /** The latest event's instant, in the current clock's terms (a clock jump moves it). */
  lastAt: number;
}

export const emptyQueue: Queue = { speeches: new Map(), lastAt: 0 };

export type Place = 'end' | 'next';

export type SpeechCommand =
  | { kind: 'add'; speechId: string; fields: SpeechFields; place: Place }
  | { kind: 'edit'; speechId: string; fields: Partial<SpeechFields> }
  | { kind: 'remove'; speechId: string }
  /** Puts a waiting speech right after `afterId` (null: first of those waiting). */
  | { kind: 'move'; speechId: string; afterId: string | null }
  | { kind: 'send' | 'call' | 'notCalled' | 'withdraw'; speechId: string }
  | { kind: 'start'; speechId: string }
  /** Ends the speech in progress, if any, and starts the first one waiting. */
  | { kind: 'startNext' }
  | { kind: 'pause' | 'resume' | 'end' }
  /** The same speaker again, as a new speech: someone who spoke asks for the floor again. */
  | { kind: 'readd'; speechId: string; newId: string; place: Place }
  /** The core saw the system clock set by `deltaMs`: the running speech keeps its true time. */
  | { kind: 'clockJump'; deltaMs: number };

export type Decision = { ok: true; events: SpeechEvent[] } | { ok: false; refusal: SpeechRefusal };

const is = (s: Speech, states: readonly SpeechState[]) => states.includes(s.state);

/** Speeches in log order: who spoke, in the order they did, then who is waiting. */
export function inOrder(queue: Queue): Speech[] {
  return [...queue.speeches.values()].sort((a, b) =>
    a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0,
  );
}

export const inProgress = (queue: Queue): Speech | undefined =>
  [...queue.speeches.values()].find((s) => is(s, IN_PROGRESS));

const hasStarted = (s: Speech) => s.segments.length > 0;

/** The state an event leads to; every event but add, edit and move changes the state. */
const STATE_AFTER: Partial<Record<SpeechEvent['kind'], SpeechState>> = {
  sent: 'sent',
  called: 'called',
  started: 'speaking',
  resumed: 'speaking',
  paused: 'paused',
  ended: 'spoke',
  not_called: 'not_called',
  withdrawn: 'withdrawn',
};

/** The queue after one event. Events come from `decide`, so they are valid by construction. */
export function applyEvent(queue: Queue, event: SpeechEvent): Queue {
  const speeches = new Map(queue.speeches);
  const lastAt = Math.max(queue.lastAt, event.at);
  if (event.kind === 'added') {
    speeches.set(event.speechId, {
      ...event.fields,
      id: event.speechId,
      orderKey: event.orderKey,
      state: 'queued',
      trail: [{ state: 'queued', at: event.at }],
      segments: [],
      readdedFrom: event.readdedFrom,
      createdAt: event.at,
    });
    return { speeches, lastAt };
  }
  const speech = speeches.get(event.speechId);
  if (!speech) return { speeches, lastAt };
  if (event.kind === 'removed') {
    speeches.delete(event.speechId);
    return { speeches, lastAt };
  }
  if (event.kind === 'edited') {
    speeches.set(speech.id, { ...speech, ...event.fields });
    return { speeches, lastAt };
  }
  if (event.kind === 'moved') {
    speeches.set(speech.id, { ...speech, orderKey: event.orderKey });
    return { speeches, lastAt };
  }
  if (event.kind === 'clock_jump') {
    speeches.set(speech.id, {
      ...speech,
      segments: speech.segments.map((seg) =>
        seg.end === null ? { start: seg.start + event.deltaMs, end: null } : seg,
      ),
    });
    return { speeches, lastAt: Math.max(queue.lastAt + event.deltaMs, event.at) };
  }
  const state = STATE_AFTER[event.kind]!;
  let segments = speech.segments;
  if (event.kind === 'started' || event.kind === 'resumed') {
    segments = [...segments, { start: event.at, end: null }];
  } else if ((event.kind === 'paused' || event.kind === 'ended') && speech.state === 'speaking') {
    segments = segments.map((seg, i) =>
      i === segments.length - 1 ? { start: seg.start, end: event.at } : seg,
    );
  }
  speeches.set(speech.id, {
    ...speech,
    state,
    segments,
    trail: [...speech.trail, { state, at: event.at }],
  });
  return { speeches, lastAt };
}

export const replay = (events: readonly SpeechEvent[], from: Queue = emptyQueue): Queue =>
  events.reduce(applyEvent, from);

/** The key just after every speech that has started: where the next speaker goes in the log. */
function keyAfterStarted(
  list: Speech[],
  except?: string,
): { low: string | null; high: string | null } {
  const others = list.filter((s) => s.id !== except);
  let lastStarted = -1;
  others.forEach((s, i) => {
    if (hasStarted(s)) lastStarted = i;
  });
  return {
    low: lastStarted >= 0 ? others[lastStarted]!.orderKey : null,
    high: others[lastStarted + 1]?.orderKey ?? null,
  };
}

/** A key for a speech placed at the end, or next after the speakers so far. */
function placeKey(list: Speech[], place: Place, except?: string): string {
  if (place === 'next') {
    const { low, high } = keyAfterStarted(list, except);
    return keyBetween(low, high);
  }
  const others = list.filter((s) => s.id !== except);
  return keyBetween(others[others.length - 1]?.orderKey ?? null, null);
}

const sitsBetween = (key: string, low: string | null, high: string | null) =>
  (low === null || key > low) && (high === null || key < high);

const refuse = (refusal: SpeechRefusal): Decision => ({ ok: false, refusal });
const accept = (...events: SpeechEvent[]): Decision => ({ ok: true, events });

/**
 * What a command means for the queue as it is: the events to store, or why it is refused
 * (and then nothing changes). `now` is the command's instant on the core's clock.
 */
export function decide(queue: Queue, command: SpeechCommand, now: number): Decision {
  const list = inOrder(queue);
  const current = inProgress(queue);
  // A stretch never ends before it began, even if the clock reads earlier than its start
  // (a clock set back that the core has not yet reported as a jump).
  const openStart = current?.segments.find((seg) => seg.end === null)?.start ?? -Infinity;
  const at = Math.max(now, openStart);

  const startEvents = (speech: Speech): SpeechEvent[] => {
    const events: SpeechEvent[] = [];
    // Starting a speech ends the one in progress: one voice at a time.
    if (current && current.id !== speech.id) {
      events.push({ kind: 'ended', speechId: current.id, at });
    }
    // The log reads in speaking order: a speaker taken out of turn moves up, right after the
    // last one who started.
    const { low, high } = keyAfterStarted(list, speech.id);
    if (!sitsBetween(speech.orderKey, low, high)) {
      events.push({ kind: 'moved', speechId: speech.id, at, orderKey: keyBetween(low, high) });
    }
    events.push({ kind: 'started', speechId: speech.id, at });
    return events;
  };

  switch (command.kind) {
    case 'add':
      return accept({
        kind: 'added',
        speechId: command.speechId,
        at,
        fields: command.fields,
        orderKey: placeKey(list, command.place),
        readdedFrom: null,
      });
    case 'startNext': {
      const next = list.find((s) => is(s, PENDING));
      if (!next) return refuse('nothing_pending');
      return accept(...startEvents(next));
    }
    case 'pause':
      if (!current) return refuse('nothing_in_progress');
      if (current.state !== 'speaking') return refuse('not_speaking');
      return accept({ kind: 'paused', speechId: current.id, at });
    case 'resume':
      if (!current) return refuse('nothing_in_progress');
      if (current.state !== 'paused') return refuse('not_paused');
      return accept({ kind: 'resumed', speechId: current.id, at });
    case 'end':
      if (!current) return refuse('nothing_in_progress');
      return accept({ kind: 'ended', speechId: current.id, at });
    case 'clockJump':
      // A paused speech has no open stretch; only a running one is affected.
      if (current?.state !== 'speaking' || command.deltaMs === 0) return accept();
      return accept({
        kind: 'clock_jump',
        speechId: current.id,
        at: Math.max(now, queue.lastAt + command.deltaMs),
        deltaMs: command.deltaMs,
      });
    default:
      break;
  }

  const speech = queue.speeches.get(command.speechId);
  if (!speech) return refuse('not_found');
  switch (command.kind) {
    case 'edit':
      return accept({ kind: 'edited', speechId: speech.id, at, fields: command.fields });
    case 'remove':
      // What was said stays in the record; only what never started can go.
      if (hasStarted(speech) || is(speech, IN_PROGRESS)) return refuse('already_started');
      return accept({ kind: 'removed', speechId: speech.id, at });
    case 'move': {
      if (!is(speech, PENDING)) return refuse('not_pending');
      const others = list.filter((s) => s.id !== speech.id);
      let low: string | null;
      let high: string | null;
      if (command.afterId === null) {
        ({ low, high } = keyAfterStarted(list, speech.id));
      } else {
        const i = others.findIndex((s) => s.id === command.afterId);
        const after = others[i];
        if (!after) return refuse('unknown_neighbour');
        // Waiting speakers cannot go back into the log of those who already spoke.
        const firstFree = keyAfterStarted(list, speech.id).low;
        if (firstFree !== null && after.orderKey < firstFree) return refuse('unknown_neighbour');
        low = after.orderKey;
        high = others[i + 1]?.orderKey ?? null;
      }
      if (sitsBetween(speech.orderKey, low, high)) return accept(); // already there
      return accept({ kind: 'moved', speechId: speech.id, at, orderKey: keyBetween(low, high) });
    }
    case 'send':
      if (speech.origin.kind !== 'local') return refuse('not_local');
      if (speech.state !== 'queued')
        return refuse(is(speech, PENDING) ? 'already_sent' : 'not_pending');
      return accept({ kind: 'sent', speechId: speech.id, at });
    case 'call':
      if (!is(speech, PENDING)) return refuse('not_pending');
      if (speech.state === 'called') return refuse('already_called');
      return accept({ kind: 'called', speechId: speech.id, at });
    case 'notCalled':
    case 'withdraw':
      if (!is(speech, PENDING)) return refuse('not_pending');
      return accept({
        kind: command.kind === 'notCalled' ? 'not_called' : 'withdrawn',
        speechId: speech.id,
        at,
      });
    case 'start':
      if (!is(speech, PENDING)) {
        return refuse(is(speech, IN_PROGRESS) ? 'already_started' : 'not_pending');
      }
      return accept(...startEvents(speech));
    case 'readd': {
      if (!is(speech, FINISHED)) return refuse('not_finished');
      const fields: SpeechFields = {
        speaker: speech.speaker,
        origin: speech.origin,
        topic: speech.topic,
        agendaItemId: speech.agendaItemId,
        allottedSeconds: speech.allottedSeconds,
      };
      return accept({
        kind: 'added',
        speechId: command.newId,
        at,
        fields,
        orderKey: placeKey(list, command.place),
        readdedFrom: speech.id,
      });
    }
  }
}
