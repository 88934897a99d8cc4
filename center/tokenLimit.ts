/**
 * A fixed-window counter per key, in this process's memory: the per-token layer of the rate
 * limits. @fastify/rate-limit runs one limiter per request, and its global one already counts
 * per address, so the second layer is this. Bounded: expired windows are swept, and past
 * `maxKeys` the oldest are dropped (a dropped key only gets a fresh window).
 */
export function fixedWindowLimiter(max: number, windowMs: number, maxKeys = 100_000) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return (key: string, now = Date.now()): { allowed: boolean; retryAfterMs: number } => {
    let w = windows.get(key);
    if (!w || w.resetAt <= now) {
      if (w) windows.delete(key);
      if (windows.size >= maxKeys) {
        for (const [k, v] of windows) if (v.resetAt <= now) windows.delete(k);
        for (const k of windows.keys()) {
          if (windows.size < maxKeys) break;
          windows.delete(k);
        }
      }
      w = { count: 0, resetAt: now + windowMs };
      windows.set(key, w);
    }
    w.count++;
    return { allowed: w.count <= max, retryAfterMs: Math.max(0, w.resetAt - now) };
  };
}
