import { describe, expect, it, vi } from 'vitest';
import { createOwnChanges } from './ownChanges';

function setup() {
  let time = 0;
  const refresh = vi.fn();
  const own = createOwnChanges(refresh, { now: () => time, creditMs: 1000 });
  return { own, refresh, advance: (ms: number) => (time += ms) };
}

describe('own changes', () => {
  it('refetches on an event when this window wrote nothing', () => {
    const { own, refresh } = setup();
    own.onEvent();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('does not refetch for its own applied write, whether the event comes after the answer…', () => {
    const { own, refresh } = setup();
    own.begin()(true);
    own.onEvent();
    expect(refresh).not.toHaveBeenCalled();
    own.onEvent(); // the next one is someone else's
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('…or before it', () => {
    const { own, refresh } = setup();
    const answered = own.begin();
    own.onEvent();
    answered(true);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refetches when another window changed something while a write was on its way', () => {
    const { own, refresh } = setup();
    const answered = own.begin();
    own.onEvent(); // someone else's
    own.onEvent(); // ours
    answered(true);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refetches for the other window even if its event took our credit first', () => {
    const { own, refresh } = setup();
    own.begin()(true);
    own.onEvent(); // someone else's: spends the credit
    own.onEvent(); // ours, later: finds none
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refetches held events when the write failed (a failed write sends no event)', () => {
    const { own, refresh } = setup();
    const answered = own.begin();
    own.onEvent();
    answered(false);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('holds events until every write on its way is answered', () => {
    const { own, refresh } = setup();
    const first = own.begin();
    const second = own.begin();
    own.onEvent();
    own.onEvent();
    first(true);
    expect(refresh).not.toHaveBeenCalled();
    second(true);
    expect(refresh).not.toHaveBeenCalled();
    own.onEvent();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('drops a credit never spent, so a lost own event cannot hide a later change', () => {
    const { own, refresh, advance } = setup();
    own.begin()(true);
    advance(1500);
    own.onEvent();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('ignores a second answer to the same write', () => {
    const { own, refresh } = setup();
    const answered = own.begin();
    answered(true);
    answered(true);
    own.onEvent();
    own.onEvent();
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
