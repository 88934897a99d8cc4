import type { MeetingStatus } from '../../../shared/api/schemas';

/** A status change the meeting page offers, named by what it means to the operator. */
export type StatusMove = 'start' | 'end' | 'reopen' | 'finalize';

export interface StatusAction {
  move: StatusMove;
  to: MeetingStatus;
  /** How much the operator must confirm first: nothing, a question, or a deliberate tick. */
  confirm: 'none' | 'ask' | 'irreversible';
}

/**
 * Only the next sensible step is offered. The core also accepts skipping ahead (planned →
 * ended) and going back to planned (electron/core/services/meetings.ts); offering those beside
 * "Bắt đầu" is how an operator ended a meeting that had not started. Ending is asked about,
 * since a stray click changes the record, and can be undone ("Mở lại") until the numbers are
 * finalized, which nothing undoes.
 */
const OFFERED: Record<MeetingStatus, readonly StatusAction[]> = {
  planned: [{ move: 'start', to: 'in_progress', confirm: 'none' }],
  in_progress: [{ move: 'end', to: 'ended', confirm: 'ask' }],
  ended: [
    { move: 'reopen', to: 'in_progress', confirm: 'none' },
    { move: 'finalize', to: 'finalized', confirm: 'irreversible' },
  ],
  finalized: [],
};

export function statusActions(status: MeetingStatus): readonly StatusAction[] {
  return OFFERED[status];
}
