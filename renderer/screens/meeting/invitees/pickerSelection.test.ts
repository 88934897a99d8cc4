import { describe, expect, it } from 'vitest';
import type { Page, SelectionState } from './pickerSelection';
import {
  EMPTY_SELECTION,
  collectAll,
  extendTo,
  selectAll,
  toAdd,
  toggleOne,
} from './pickerSelection';

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const invited = new Set(['c']);
const isInvited = (id: string) => invited.has(id);
const selectable = (id: string) => !invited.has(id);
const ids = (s: SelectionState) => [...s.selection].sort();

describe('toggleOne', () => {
  it('ticks and unticks one person and makes them the anchor', () => {
    const on = toggleOne(EMPTY_SELECTION, 'b', selectable);
    expect(ids(on)).toEqual(['b']);
    expect(on.anchor).toMatchObject({ id: 'b', value: true });
    const off = toggleOne(on, 'b', selectable);
    expect(ids(off)).toEqual([]);
    expect(off.anchor).toMatchObject({ id: 'b', value: false });
  });

  it('never ticks someone already on the list, and keeps the anchor where it was', () => {
    const start = toggleOne(EMPTY_SELECTION, 'a', selectable);
    expect(toggleOne(start, 'c', selectable)).toBe(start);
  });
});

describe('extendTo (Shift+click, Shift+Space, Shift+arrow)', () => {
  it('selects the range between the anchor and the target, in either direction', () => {
    const anchored = toggleOne(EMPTY_SELECTION, 'b', selectable);
    expect(ids(extendTo(anchored, ORDER, 'e', selectable))).toEqual(['b', 'd', 'e']);
    const fromBelow = toggleOne(EMPTY_SELECTION, 'f', selectable);
    expect(ids(extendTo(fromBelow, ORDER, 'd', selectable))).toEqual(['d', 'e', 'f']);
  });

  it('skips people already on the list inside the range', () => {
    const anchored = toggleOne(EMPTY_SELECTION, 'a', selectable);
    expect(extendTo(anchored, ORDER, 'g', selectable).selection.has('c')).toBe(false);
  });

  it('keeps what was selected outside the range before the anchor was set', () => {
    let s = toggleOne(EMPTY_SELECTION, 'g', selectable);
    s = toggleOne(s, 'a', selectable);
    expect(ids(extendTo(s, ORDER, 'b', selectable))).toEqual(['a', 'b', 'g']);
  });

  it('shrinks again when the target moves back toward the anchor', () => {
    let s = toggleOne(EMPTY_SELECTION, 'a', selectable);
    s = extendTo(s, ORDER, 'e', selectable);
    expect(ids(s)).toEqual(['a', 'b', 'd', 'e']);
    s = extendTo(s, ORDER, 'b', selectable);
    expect(ids(s)).toEqual(['a', 'b']);
  });

  it('unticks the range when the anchor was just unticked', () => {
    let s = selectAll(EMPTY_SELECTION, ORDER, isInvited).state;
    s = toggleOne(s, 'b', selectable);
    s = extendTo(s, ORDER, 'e', selectable);
    expect(ids(s)).toEqual(['a', 'f', 'g']);
  });

  it('is a plain toggle when there is no anchor, or the anchor is no longer shown', () => {
    expect(ids(extendTo(EMPTY_SELECTION, ORDER, 'd', selectable))).toEqual(['d']);
    const hidden = toggleOne(EMPTY_SELECTION, 'x', selectable);
    expect(ids(extendTo(hidden, ORDER, 'd', selectable))).toEqual(['d', 'x']);
  });
});

describe('selectAll (every match of the filter)', () => {
  it('selects every match except people already on the list, and says how many of each', () => {
    const result = selectAll(toggleOne(EMPTY_SELECTION, 'a', selectable), ORDER, isInvited);
    expect(ids(result.state)).toEqual(['a', 'b', 'd', 'e', 'f', 'g']);
    expect(result).toMatchObject({ added: 5, alreadyInvited: 1, leftOut: 0 });
    expect(result.state.anchor).toBeNull();
  });

  it('stops at the cap, keeping the first matches in the order shown', () => {
    const result = selectAll(EMPTY_SELECTION, ORDER, isInvited, 3);
    expect(ids(result.state)).toEqual(['a', 'b', 'd']);
    expect(result).toMatchObject({ added: 3, leftOut: 3 });
  });

  it('counts the people selected before toward the cap', () => {
    const before = toggleOne(EMPTY_SELECTION, 'g', selectable);
    const result = selectAll(before, ORDER, isInvited, 2);
    expect(ids(result.state)).toEqual(['a', 'g']);
    expect(result.leftOut).toBe(4);
  });

  it('holds 5,000 people by default, the most one addPeople call takes', () => {
    const many = Array.from({ length: 6000 }, (_, i) => `p${i}`);
    const result = selectAll(EMPTY_SELECTION, many, () => false);
    expect(result.state.selection.size).toBe(5000);
    expect(result.leftOut).toBe(1000);
  });
});

describe('toAdd', () => {
  it('leaves out anyone who joined the list after being selected', () => {
    const s = selectAll(EMPTY_SELECTION, ORDER, () => false).state;
    expect(toAdd(s.selection, isInvited).sort()).toEqual(['a', 'b', 'd', 'e', 'f', 'g']);
  });
});

describe('collectAll', () => {
  const directory = Array.from({ length: 1234 }, (_, i) => i);
  const pages: [number, number][] = [];
  const fetchPage = (offset: number, limit: number): Promise<Page<number>> => {
    pages.push([offset, limit]);
    return Promise.resolve({ items: directory.slice(offset, offset + limit), total: 1234 });
  };

  it('reads every match, 500 at a time', async () => {
    pages.length = 0;
    const all = await collectAll(fetchPage, {});
    expect(all.items).toEqual(directory);
    expect(all.total).toBe(1234);
    expect(pages).toEqual([
      [0, 500],
      [500, 500],
      [1000, 500],
    ]);
  });

  it('stops as soon as it has enough', async () => {
    pages.length = 0;
    const some = await collectAll(fetchPage, { enough: (got) => got.length >= 500 });
    expect(some.items).toHaveLength(500);
    expect(pages).toHaveLength(1);
  });

  it('stops on an empty page when the directory shrank meanwhile', async () => {
    const shrinking = (offset: number) =>
      Promise.resolve({ items: offset === 0 ? [1, 2] : [], total: 10 });
    expect((await collectAll(shrinking, {})).items).toEqual([1, 2]);
  });
});
