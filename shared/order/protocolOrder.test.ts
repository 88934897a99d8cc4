import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSortKey } from '../text/collation';
import type { ProtocolSortable } from './protocolOrder';
import { compareProtocolOrder, sortByProtocolOrder } from './protocolOrder';

function person(
  id: string,
  fullName: string,
  groupOrder: number | null,
  rank: number | null,
): ProtocolSortable & { name: string } {
  return { id, name: fullName, groupOrder, rank, sortKey: nameSortKey(fullName) };
}

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('compareProtocolOrder', () => {
  it('puts a lower group order first, whatever the rank and name', () => {
    const a = person('a', 'Trần Văn Yên', 10, 9);
    const b = person('b', 'Lê Văn An', 20, 1);
    expect(compareProtocolOrder(a, b)).toBeLessThan(0);
    expect(compareProtocolOrder(b, a)).toBeGreaterThan(0);
  });

  it('orders by rank inside a group, whatever the name', () => {
    const a = person('a', 'Trần Văn Yên', 10, 1);
    const b = person('b', 'Lê Văn An', 10, 2);
    expect(compareProtocolOrder(a, b)).toBeLessThan(0);
  });

  it('orders by Vietnamese name order at equal group and rank', () => {
    const a = person('a', 'Trần Văn An', 10, 1);
    const b = person('b', 'Lê Văn Bình', 10, 1);
    expect(compareProtocolOrder(a, b)).toBeLessThan(0);
  });

  it('puts the ungrouped after every group and the unranked after the ranked', () => {
    const list = [
      person('1', 'Ngô Văn Ungrouped', null, 1),
      person('2', 'Lê Văn Unranked', 10, null),
      person('3', 'Phạm Văn Ranked', 10, 5),
      person('4', 'Vũ Văn Later', 20, null),
    ];
    expect(names(sortByProtocolOrder(list))).toEqual([
      'Phạm Văn Ranked',
      'Lê Văn Unranked',
      'Vũ Văn Later',
      'Ngô Văn Ungrouped',
    ]);
  });

  it('breaks a tie between equal names by id, so the list never reshuffles', () => {
    const a = person('a', 'Nguyễn Văn An', 10, 1);
    const b = person('b', 'Nguyễn Văn An', 10, 1);
    expect(compareProtocolOrder(a, b)).toBeLessThan(0);
    expect(compareProtocolOrder(b, a)).toBeGreaterThan(0);
  });

  it('sorts a mixed list by group, rank, then given/family/middle name', () => {
    const list = [
      person('p1', 'Trần Văn An', 20, null),
      person('p2', 'Lê Văn Bình', 10, 2),
      person('p3', 'Nguyễn Văn An', 10, 2),
      person('p4', 'Đỗ Trọng Hưng', 10, 1),
      person('p5', 'Lê Thị An', 20, null),
      person('p6', 'Hoàng Văn Dũng', null, null),
    ];
    expect(names(sortByProtocolOrder(list))).toEqual([
      'Đỗ Trọng Hưng',
      'Nguyễn Văn An',
      'Lê Văn Bình',
      'Lê Thị An',
      'Trần Văn An',
      'Hoàng Văn Dũng',
    ]);
  });
});

// ---- properties -------------------------------------------------------------------------------

// Small domains so that ties on group, rank and name are common.
const item = (id: string) =>
  fc.record({
    id: fc.constant(id),
    groupOrder: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    rank: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    sortKey: fc
      .constantFrom('Nguyễn Văn An', 'Lê Văn An', 'Trần Thị Bình', 'Đỗ Trọng Hưng', 'Lê Văn Án')
      .map((n) => nameSortKey(n)),
  });

const items = fc
  .uniqueArray(fc.string({ unit: fc.constantFrom(...'abcdef'), minLength: 1, maxLength: 3 }), {
    minLength: 0,
    maxLength: 12,
  })
  .chain((ids) => fc.tuple(...ids.map(item)));

const three = fc.tuple(item('a'), item('b'), item('c'));
const sign = Math.sign;

describe('compareProtocolOrder: a total order', () => {
  it('is antisymmetric', () => {
    fc.assert(
      fc.property(three, ([a, b]) => {
        expect(sign(compareProtocolOrder(a, b))).toBe(-sign(compareProtocolOrder(b, a)));
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(three, ([a, b, c]) => {
        if (compareProtocolOrder(a, b) <= 0 && compareProtocolOrder(b, c) <= 0) {
          expect(compareProtocolOrder(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns 0 for an item against itself and never for two different ids', () => {
    fc.assert(
      fc.property(three, ([a, b]) => {
        expect(compareProtocolOrder(a, a)).toBe(0);
        expect(compareProtocolOrder(a, { ...a })).toBe(0);
        expect(compareProtocolOrder(a, b)).not.toBe(0);
      }),
    );
  });
});

describe('sortByProtocolOrder', () => {
  it('gives the same order whatever order the items come in', () => {
    const scenario = items.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(scenario, ([list, shuffled]) => {
        const ids = (xs: ProtocolSortable[]) => sortByProtocolOrder(xs).map((x) => x.id);
        expect(ids(shuffled)).toEqual(ids(list));
      }),
    );
  });

  it('returns a sorted permutation with the ungrouped last, leaving the input as it was', () => {
    fc.assert(
      fc.property(items, (list) => {
        const before = list.map((x) => x.id);
        const sorted = sortByProtocolOrder(list);
        expect(list.map((x) => x.id)).toEqual(before);
        expect([...sorted.map((x) => x.id)].sort()).toEqual([...before].sort());
        for (let i = 1; i < sorted.length; i++) {
          expect(compareProtocolOrder(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
        }
        const firstUngrouped = sorted.findIndex((x) => x.groupOrder === null);
        if (firstUngrouped >= 0) {
          expect(sorted.slice(firstUngrouped).every((x) => x.groupOrder === null)).toBe(true);
        }
      }),
    );
  });
});
