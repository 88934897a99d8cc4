import { describe, expect, it } from 'vitest';
import { MEETING_STATUSES } from '../../../shared/api/schemas';
import { statusActions } from './statusActions';

const moves = (status: Parameters<typeof statusActions>[0]) =>
  statusActions(status).map((a) => `${a.move}→${a.to}`);

describe('statusActions', () => {
  it('offers one step at a time: start, end, then reopen or finalize', () => {
    expect(moves('planned')).toEqual(['start→in_progress']);
    expect(moves('in_progress')).toEqual(['end→ended']);
    expect(moves('ended')).toEqual(['reopen→in_progress', 'finalize→finalized']);
    expect(moves('finalized')).toEqual([]);
  });

  it('never offers ending a meeting that has not started, nor finalizing a running one', () => {
    expect(statusActions('planned').some((a) => a.to === 'ended' || a.to === 'finalized')).toBe(
      false,
    );
    expect(statusActions('in_progress').some((a) => a.to === 'finalized')).toBe(false);
  });

  it('asks before ending and asks for a deliberate confirmation before finalizing', () => {
    const confirm = (status: 'in_progress' | 'ended', move: string) =>
      statusActions(status).find((a) => a.move === move)?.confirm;
    expect(confirm('in_progress', 'end')).toBe('ask');
    expect(confirm('ended', 'reopen')).toBe('none');
    expect(confirm('ended', 'finalize')).toBe('irreversible');
  });

  it('always leads somewhere else, and only from a status that exists', () => {
    for (const status of MEETING_STATUSES) {
      for (const action of statusActions(status)) expect(action.to).not.toBe(status);
    }
  });
});
