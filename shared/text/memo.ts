/**
 * A bounded memo for pure text functions. Rosters repeat the same few hundred syllables and
 * given names thousands of times; the cache is dropped whole when full, which keeps it simple.
 * Its memory is bounded too: a text longer than `maxKeyLength` is computed every time instead
 * of being kept (with its result) as a key, so 20,000 entries never hold 20,000 long cells.
 */
export function memoize(
  fn: (text: string) => string,
  max = 20_000,
  maxKeyLength = 256,
): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    if (text.length > maxKeyLength) return fn(text);
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      if (cache.size >= max) cache.clear();
      cache.set(text, out);
    }
    return out;
  };
}
