/**
 * When to try the center again. Exponential backoff with full jitter: the wait after the n-th
 * failure is uniform in [0, min(cap, base · 2ⁿ)). Spreading the retries over the whole window,
 * rather than around its end, is what keeps thousands of points that lost the center at the
 * same moment from coming back at the same moment (AWS Architecture Blog, "Exponential Backoff
 * And Jitter", 2015).
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 10 * 60_000 };

/** The ceiling of the wait after `failures` failures in a row (1 is the first failure). */
export function backoffCeiling(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  if (failures <= 0) return 0;
  // 2^40 ms is far past any cap; stopping there keeps the power finite.
  const exponent = Math.min(failures - 1, 40);
  return Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
}

/** `random` is Math.random in the app and a seeded source in tests: [0, 1). */
export function backoffDelay(
  failures: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const r = random();
  const unit = r >= 0 && r < 1 ? r : 0;
  return Math.floor(unit * backoffCeiling(failures, policy));
}
