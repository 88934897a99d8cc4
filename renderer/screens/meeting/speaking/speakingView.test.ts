import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speechFixture as speech } from '../../../../shared/testing/speech';
import {
  ALL_ITEMS,
  NO_ITEM,
  applyMove,
  loggedAt,
  matchesFilter,
  moveTarget,
  nextTarget,
  speakingView,
  stepTarget,
} from './speakingView';

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('the agenda filter', () => {
  it('keeps everything, the speeches outside any item, or one item', () => {
    expect(matchesFilter({ agendaItemId: 'a' }, ALL_ITEMS)).toBe(true);
    expect(matchesFilter({ agendaItemId: null }, ALL_ITEMS)).toBe(true);
    expect(matchesFilter({ agendaItemId: null }, NO_ITEM)).toBe(true);
    expect(matchesFilter({ agendaItemId: 'a' }, NO_ITEM)).toBe(false);
    expect(matchesFilter({ agendaItemId: 'a' }, 'a')).toBe(true);
    expect(matchesFilter({ agendaItemId: 'b' }, 'a')).toBe(false);
  });
});

describe('speakingView', () => {
  const log = [
    speech({
      id: '1',
      state: 'spoke',
      agendaItemId: 'a',
      segments: [{ start: 5_000, end: 9_000 }],
      trail: [
        { state: 'queued', at: 1_000 },
        { state: 'speaking', at: 5_000 },
        { state: 'spoke', at: 9_000 },
      ],
    }),
    // Withdrawn before the first one spoke: the log reads in the order things happened.
    speech({
      id: '2',
      state: 'withdrawn',
      origin: { kind: 'local' },
      trail: [
        { state: 'queued', at: 1_000 },
        { state: 'withdrawn', at: 3_000 },
      ],
    }),
    speech({ id: '3', state: 'speaking', segments: [{ start: 9_000, end: null }] }),
    speech({ id: '4', state: 'called', agendaItemId: 'b' }),
    speech({ id: '5', state: 'queued', agendaItemId: 'a' }),
    speech({ id: '6', state: 'sent', origin: { kind: 'local' }, agendaItemId: 'a' }),
  ];

  it('splits the log into the speech in progress, who waits and who is done', () => {
    const view = speakingView(log, ALL_ITEMS);
    expect(view.current?.id).toBe('3');
    expect(ids(view.waiting)).toEqual(['4', '5', '6']);
    expect(ids(view.allWaiting)).toEqual(['4', '5', '6']);
    expect(view.next?.id).toBe('4');
    expect(ids(view.log)).toEqual(['2', '1']);
    expect(view.logTotal).toBe(2);
  });

  it('filters the queue and the log, never the speech in progress nor who is next', () => {
    const view = speakingView(log, 'a');
    expect(view.current?.id).toBe('3');
    expect(ids(view.waiting)).toEqual(['5', '6']);
    expect(ids(view.allWaiting)).toEqual(['4', '5', '6']);
    expect(view.next?.id).toBe('4');
    expect(ids(view.log)).toEqual(['1']);
    expect(view.logTotal).toBe(2);
    expect(ids(speakingView(log, NO_ITEM).log)).toEqual(['2']);
  });

  it('shows a move at once, before the core answers', () => {
    const view = speakingView(log, ALL_ITEMS, { speechId: '6', afterId: null });
    expect(ids(view.allWaiting)).toEqual(['6', '4', '5']);
    expect(view.next?.id).toBe('6');
  });

  it('is empty for an empty log', () => {
    expect(speakingView([], ALL_ITEMS)).toEqual({
      current: null,
      waiting: [],
      allWaiting: [],
      next: null,
      log: [],
      logTotal: 0,
    });
  });
});

describe('loggedAt', () => {
  it('is when a speech began, or when a request was closed', () => {
    expect(loggedAt({ segments: [{ start: 7, end: 9 }], trail: [], createdAt: 1 })).toBe(7);
    expect(loggedAt({ segments: [], trail: [{ state: 'withdrawn', at: 4 }], createdAt: 1 })).toBe(
      4,
    );
    expect(loggedAt({ segments: [], trail: [], createdAt: 1 })).toBe(1);
  });
});

describe('applyMove', () => {
  const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  it('puts a speech right after another, or first', () => {
    expect(ids(applyMove(list, { speechId: 'd', afterId: 'a' }))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(applyMove(list, { speechId: 'c', afterId: null }))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(applyMove(list, { speechId: 'a', afterId: 'd' }))).toEqual(['b', 'c', 'd', 'a']);
  });
  it('leaves the order alone when the speech or its neighbour is gone', () => {
    expect(ids(applyMove(list, { speechId: 'x', afterId: 'a' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(applyMove(list, { speechId: 'a', afterId: 'x' }))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('moveTarget', () => {
  const all = ['a', 'b', 'c', 'd', 'e'];

  it('places a speech after the one above it on screen', () => {
    expect(moveTarget(all, all, 'e', 1)).toEqual({ afterId: 'a' });
    expect(moveTarget(all, all, 'a', 4)).toEqual({ afterId: 'e' });
    expect(moveTarget(all, all, 'c', 0)).toEqual({ afterId: null });
  });

  it('is null when nothing moves or the place is off the list', () => {
    expect(moveTarget(all, all, 'c', 2)).toBeNull();
    expect(moveTarget(all, all, 'c', -1)).toBeNull();
    expect(moveTarget(all, all, 'c', 5)).toBeNull();
    expect(moveTarget(all, all, 'x', 0)).toBeNull();
  });

  it('moved to the top of a filtered list, goes just before the one that was on top', () => {
    // Shown: b, d, e (one agenda item); a and c belong to others.
    expect(moveTarget(all, ['b', 'd', 'e'], 'e', 0)).toEqual({ afterId: 'a' });
    expect(moveTarget(all, ['a', 'd', 'e'], 'e', 0)).toEqual({ afterId: null });
  });

  it('gives the order shown, for any list, filter and move (property)', () => {
    const arb = fc
      .uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 })
      .chain((nums) => {
        const list = nums.map(String);
        return fc.record({
          list: fc.constant(list),
          shownMask: fc.array(fc.boolean(), { minLength: list.length, maxLength: list.length }),
          pick: fc.nat(),
          to: fc.nat(),
        });
      });
    fc.assert(
      fc.property(arb, ({ list, shownMask, pick, to }) => {
        const shown = list.filter((_, i) => shownMask[i]);
        if (shown.length === 0) return;
        const speechId = shown[pick % shown.length]!;
        const toIndex = to % shown.length;
        const target = moveTarget(list, shown, speechId, toIndex);
        const expected = shown.filter((id) => id !== speechId);
        expected.splice(toIndex, 0, speechId);
        if (target === null) {
          expect(expected).toEqual(shown);
          return;
        }
        const after = ids(
          applyMove(
            list.map((id) => ({ id })),
            { speechId, ...target },
          ),
        );
        expect(after.filter((id) => shown.includes(id))).toEqual(expected);
        // Nobody is lost or repeated.
        expect([...after].sort()).toEqual([...list].sort());
      }),
    );
  });
});

describe('stepTarget and nextTarget', () => {
  const all = ['a', 'b', 'c'];
  it('move one place up or down, not past either end', () => {
    expect(stepTarget(all, all, 'b', -1)).toEqual({ afterId: null });
    expect(stepTarget(all, all, 'b', 1)).toEqual({ afterId: 'c' });
    expect(stepTarget(all, all, 'a', -1)).toBeNull();
    expect(stepTarget(all, all, 'c', 1)).toBeNull();
    expect(stepTarget(all, all, 'x', 1)).toBeNull();
  });
  it('"insert as next" moves a speech first, unless it already is', () => {
    expect(nextTarget(all, 'c')).toEqual({ afterId: null });
    expect(nextTarget(all, 'a')).toBeNull();
    expect(nextTarget(all, 'x')).toBeNull();
  });
});
