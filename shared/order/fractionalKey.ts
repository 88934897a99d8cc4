/**
 * Order keys that let an item move by writing only its own row: a key is a fraction written in
 * base 36 ("0.i", "0.i8"), and a new key can always be made strictly between two others. Keys
 * compare as plain strings (SQLite's BINARY collation and JavaScript's `<` agree on 0-9a-z), and
 * never end in "0", so two different keys never stand for the same fraction.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const VALID = /^[0-9a-z]*[1-9a-z]$/;

const value = (c: string): number => DIGITS.indexOf(c);

export const isOrderKey = (key: string): boolean => VALID.test(key);

/**
 * A key after `before` and before `after`; null means the start or the end of the list.
 * Throws when `before` is not below `after`: a caller that passes them swapped has a bug.
 */
export function keyBetween(before: string | null, after: string | null): string {
  const a = before ?? '';
  if (before !== null && !isOrderKey(before)) throw new Error(`Not an order key: ${before}`);
  if (after !== null && !isOrderKey(after)) throw new Error(`Not an order key: ${after}`);
  if (after !== null && !(a < after)) throw new Error(`${before} is not before ${after}`);
  // Appending is the common case (a new request joins the queue): step up rather than halve,
  // so keys grow by one digit per ~35 appends instead of per ~5.
  if (after === null && a !== '') {
    const i = [...a].findIndex((c) => value(c) < BASE - 1);
    return i < 0 ? `${a}${DIGITS[1]}` : `${a.slice(0, i)}${DIGITS[value(a[i]!) + 1]}`;
  }
  let bound = after;
  let key = '';
  for (let i = 0; ; i++) {
    const low = i < a.length ? value(a[i]!) : 0;
    const high = bound === null ? BASE : i < bound.length ? value(bound[i]!) : 0;
    if (low === high) {
      key += DIGITS[low];
      continue;
    }
    const mid = Math.floor((low + high) / 2);
    if (mid > low) return key + DIGITS[mid];
    // Adjacent digits: keep `a`'s digit; from here on only `a` bounds the key from below.
    key += DIGITS[low];
    bound = null;
  }
}

/** `n` keys in order, evenly spread, for a list made at once. */
export function keysInOrder(n: number): string[] {
  const keys: string[] = [];
  let last: string | null = null;
  for (let i = 0; i < n; i++) {
    last = keyBetween(last, null);
    keys.push(last);
  }
  return keys;
}
