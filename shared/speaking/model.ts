/**
 * The speakers' log of a meeting, as pure data and rules. A speech is someone speaking or
 * asking to speak: at the center, at another connection point, or here. The core stores the
 * events (never changed once written) and the current state they give; the renderer shows it;
 * neither re-implements a rule. Instants are milliseconds since the epoch on the core's
 * corrected clock (see electron/core/clock), so a changed system clock cannot bend a timer.
 */

/**
 * A speech's state. Local requests go registered (queued) → sent to the center → called →
 * speaking → spoke, or end as not called or withdrawn. Speakers elsewhere simply go from queued
 * to speaking to spoke. `paused` is a speech in progress whose clock is stopped.
 */
export const SPEECH_STATES = [
  'queued',
  'sent',
  'called',
  'speaking',
  'paused',
  'spoke',
  'not_called',
  'withdrawn',
] as const;
export type SpeechState = (typeof SPEECH_STATES)[number];

/** Waiting to speak: these can be reordered, started, removed. */
export const PENDING: readonly SpeechState[] = ['queued', 'sent', 'called'];
/** In progress: at most one speech of a meeting is in one of these. */
export const IN_PROGRESS: readonly SpeechState[] = ['speaking', 'paused'];
/** Over: kept in the log as they are; someone can be added again. */
export const FINISHED: readonly SpeechState[] = ['spoke', 'not_called', 'withdrawn'];

export type Origin =
  | { kind: 'center' }
  | { kind: 'local' }
  /** Another connection point: a province from the list, or a name typed. */
  | { kind: 'point'; provinceCode: string | null; name: string };

export interface Speaker {
  /** The directory entry, when the speaker is a local person. */
  personId: string | null;
  /** The meeting's invitee, when the speaker is on this meeting's list. */
  inviteeId: string | null;
  name: string;
  position: string;
}

export interface SpeechFields {
  speaker: Speaker;
  origin: Origin;
  topic: string;
  agendaItemId: string | null;
  /** Time given to speak; null: no limit. */
  allottedSeconds: number | null;
}

/** One speaking stretch: from a start or resume to a pause or end (open while it runs). */
export interface Segment {
  start: number;
  end: number | null;
}

export interface Speech extends SpeechFields {
  id: string;
  orderKey: string;
  state: SpeechState;
  /** Each state reached, with when: the visible trail of a request. */
  trail: { state: SpeechState; at: number }[];
  segments: Segment[];
  /** Set when this speech was added again for someone who had spoken (or not been called). */
  readdedFrom: string | null;
  createdAt: number;
}

export type SpeechEventKind =
  | 'added'
  | 'edited'
  | 'moved'
  | 'removed'
  | 'sent'
  | 'called'
  | 'started'
  | 'paused'
  | 'resumed'
  | 'ended'
  | 'not_called'
  | 'withdrawn'
  | 'clock_jump';

/** What the core stores, one row each, in order. */
export type SpeechEvent =
  | {
      kind: 'added';
      speechId: string;
      at: number;
      fields: SpeechFields;
      orderKey: string;
      readdedFrom: string | null;
    }
  | { kind: 'edited'; speechId: string; at: number; fields: Partial<SpeechFields> }
  | { kind: 'moved'; speechId: string; at: number; orderKey: string }
  /**
   * The system clock was set by `deltaMs` while this speech ran: its open stretch is read in
   * the new clock's terms, so the time spoken stays true.
   */
  | { kind: 'clock_jump'; speechId: string; at: number; deltaMs: number }
  | {
      kind: Exclude<SpeechEventKind, 'added' | 'edited' | 'moved' | 'clock_jump'>;
      speechId: string;
      at: number;
    };

/** Why an operation was refused; i18n keys under `errors.speech.`. */
export type SpeechRefusal =
  | 'not_found'
  | 'not_pending'
  | 'not_in_progress'
  | 'not_paused'
  | 'not_speaking'
  | 'not_finished'
  | 'not_local'
  | 'already_sent'
  | 'already_called'
  | 'already_started'
  | 'nothing_in_progress'
  | 'nothing_pending'
  | 'unknown_neighbour';
