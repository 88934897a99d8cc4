/**
 * A bounded memo for pure text functions. Rosters repeat the same few hundred syllables and
 * given names thousands of times; the cache is dropped whole when full, which keeps it simple
 * and its memory bounded.
 */
export function memoize(fn: (text: string) => string, max = 20_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      if (cache.size >= max) cache.clear();
      cache.set(text, out);
    }
    return out;
  };
}
