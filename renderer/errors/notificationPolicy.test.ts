import { describe, expect, it } from 'vitest';
import type { ShownToast } from './notificationPolicy';
import { toastsToHide } from './notificationPolicy';

const deleteFailed: ShownToast = { id: 'e1', kind: 'error', topic: 'people.delete' };
const saveFailed: ShownToast = { id: 'e2', kind: 'error', topic: 'people.create' };
const loadFailed: ShownToast = { id: 'e3', kind: 'error', topic: null };
const saved: ShownToast = { id: 's1', kind: 'success', topic: 'people.update' };
const alreadyMarked: ShownToast = { id: 'n1', kind: 'notice', topic: null };
const shown = [deleteFailed, saveFailed, loadFailed, saved, alreadyMarked];

describe('toastsToHide', () => {
  it('takes away the error of an action once that action succeeds, and only that error', () => {
    expect(
      toastsToHide(shown, { kind: 'success', topic: 'people.create', announced: false }),
    ).toEqual(['e2']);
  });

  it('lets a confirmation replace the error of its action and the previous confirmation', () => {
    expect(
      toastsToHide(shown, { kind: 'success', topic: 'people.create', announced: true }),
    ).toEqual(['e2', 's1']);
  });

  it('keeps the errors of other actions when something else succeeds', () => {
    // Adding a walk-in succeeded but marking them present failed: both must stay readable.
    const hidden = toastsToHide(shown, {
      kind: 'success',
      topic: 'invitees.addWalkIn',
      announced: true,
    });
    expect(hidden).toEqual(['s1']);
  });

  it('replaces an earlier error of the same action instead of stacking a second one', () => {
    expect(toastsToHide(shown, { kind: 'error', topic: 'people.delete' })).toEqual(['e1']);
    expect(toastsToHide(shown, { kind: 'error', topic: 'groups.delete' })).toEqual([]);
  });

  it('never matches toasts without a topic by their missing topic', () => {
    expect(toastsToHide(shown, { kind: 'error', topic: null })).toEqual([]);
    expect(toastsToHide(shown, { kind: 'success', topic: null, announced: false })).toEqual([]);
  });

  it('takes every error and notice away when the screen changes, and keeps the confirmation', () => {
    expect(toastsToHide(shown, { kind: 'screenChanged' })).toEqual(['e1', 'e2', 'e3', 'n1']);
  });

  it('hides nothing when nothing is shown', () => {
    expect(toastsToHide([], { kind: 'screenChanged' })).toEqual([]);
  });
});
