import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nameSortKey, textSortKey } from './collation';
import { foldText } from './fold';
import { MAX_MARK_RUN, boundMarkRuns, toNfc, toNfd } from './marks';
import { splitName } from './names';
import { normaliseVietnamese } from './tone';

const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';
/** Two marks of different combining classes, alternating: what ICU's reordering is slow on. */
const zalgo = (marks: number) => (ACUTE + DOT_BELOW).repeat(marks / 2);

/** The longest run of combining marks in a text. */
function longestMarkRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/\p{M}+/gu) ?? []) longest = Math.max(longest, [...run].length);
  return longest;
}

/**
 * Every string the text rules hand to String.prototype.normalize while `work` runs. ICU's
 * normalisation is linear when no run of marks is long, so these two numbers are the
 * deterministic measure of the work: the longest run it sorts, and how many characters it is
 * given in all (a rule that normalised every prefix of a word would show here as n²).
 */
function normalizeCalls(work: () => void): { longestRun: number; chars: number } {
  const spy = vi.spyOn(String.prototype, 'normalize');
  try {
    work();
    const inputs = spy.mock.contexts.map((s) => String(s));
    return {
      longestRun: Math.max(0, ...inputs.map(longestMarkRun)),
      chars: inputs.reduce((n, s) => n + s.length, 0),
    };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

const HALF_MEGA = 512 * 1024;

describe('boundMarkRuns', () => {
  it('leaves text whose runs of marks are at most MAX_MARK_RUN long unchanged', () => {
    const letter = fc.constantFrom('a', 'ê', 'Đ', ' ', 'ư', '1');
    const marks = fc
      .array(fc.constantFrom(ACUTE, DOT_BELOW, '\u0300', '\u0302', '\u031b'), {
        maxLength: MAX_MARK_RUN,
      })
      .map((m) => m.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(letter, marks)), (parts) => {
        const text = parts.map(([l, m]) => l + m).join('');
        expect(boundMarkRuns(text)).toBe(text);
      }),
    );
  });

  it('cuts a longer run to MAX_MARK_RUN marks and keeps what follows', () => {
    const cut = boundMarkRuns(`Hòa${zalgo(1000)} Bình`);
    expect(cut).toBe(`Hòa${zalgo(MAX_MARK_RUN)} Bình`);
    expect(toNfc('e\u0302\u0301')).toBe('ế');
    expect(toNfd('ế')).toBe('e\u0302\u0301');
  });
});

describe('text rules on hostile text', () => {
  // Each of these took minutes to hours before runs were bounded (n² in ICU): completing at
  // all is the regression test, and the normalize calls show the shape of the work.
  it('normalises a letter followed by 512 K alternating marks, sorting no more than 30', () => {
    const cell = `Lê${zalgo(HALF_MEGA)} Văn Tám`;
    let out = '';
    const calls = normalizeCalls(() => {
      out = normaliseVietnamese(cell);
    });
    // The first dot below composes with the ê (ệ); the other 29 marks stay, and the rest go.
    expect(out.endsWith(' Văn Tám')).toBe(true);
    expect(foldText(out)).toBe('le van tam');
    expect(longestMarkRun(out)).toBe(MAX_MARK_RUN - 1);
    expect(calls.longestRun).toBeLessThanOrEqual(2 * MAX_MARK_RUN);
    expect(calls.chars).toBeLessThan(200);
  });

  it('folds, sorts and splits such text without sorting long runs', () => {
    const cell = `Đỗ${zalgo(HALF_MEGA)} Trọng Hưng`;
    const calls = normalizeCalls(() => {
      expect(foldText(cell)).toBe('do trong hung');
      expect(textSortKey(cell).length).toBeLessThan(200);
      expect(nameSortKey(cell)).toBe(nameSortKey(`Đỗ${zalgo(MAX_MARK_RUN)} Trọng Hưng`));
      expect(splitName(cell).given).toBe('Hưng');
    });
    expect(calls.longestRun).toBeLessThanOrEqual(2 * MAX_MARK_RUN);
  });

  it('gives long words and long cells a number of characters to normalise proportional to them', () => {
    const inputs = [
      'Nguyễn'.repeat(HALF_MEGA / 6), // one 512 K-letter word
      'Hoà '.repeat(HALF_MEGA / 4), // 131,072 words
      'a '.repeat(HALF_MEGA / 2),
      `x${'\u0300'.repeat(HALF_MEGA)}`, // one mark class: ICU is fast, but the run still goes
    ];
    for (const cell of inputs) {
      const calls = normalizeCalls(() => {
        normaliseVietnamese(cell);
        foldText(cell);
      });
      expect(calls.longestRun).toBeLessThanOrEqual(2 * MAX_MARK_RUN);
      // NFC of the cell, NFD of each short word, NFC of each result, fold's NFD: a handful of
      // passes over the text, never a pass per word over the whole text.
      expect(calls.chars).toBeLessThanOrEqual(6 * cell.length);
    }
    expect(normaliseVietnamese('Hoà '.repeat(3))).toBe('Hòa Hòa Hòa');
  });
});
