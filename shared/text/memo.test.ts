import { describe, expect, it } from 'vitest';
import { memoize } from './memo';

describe('memoize', () => {
  it('computes once per distinct text and stays bounded', () => {
    let calls = 0;
    const upper = memoize((t) => {
      calls++;
      return t.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toBe(2);
    expect(upper('c')).toBe('C'); // full: cleared, then cached again
    expect(upper('a')).toBe('A');
    expect(calls).toBe(4);
  });
});

describe('memoize with long texts', () => {
  it('computes a text longer than maxKeyLength every time instead of keeping it', () => {
    let calls = 0;
    const length = memoize(
      (t) => {
        calls++;
        return String(t.length);
      },
      10,
      8,
    );
    const long = 'x'.repeat(9);
    expect([length(long), length(long)]).toEqual(['9', '9']);
    expect(calls).toBe(2);
    expect([length('short'), length('short')]).toEqual(['5', '5']);
    expect(calls).toBe(3);
  });
});
