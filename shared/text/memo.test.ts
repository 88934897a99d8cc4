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
