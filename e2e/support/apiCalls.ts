import type { Page } from '@playwright/test';

/**
 * Records every API call the page makes (`POST /api/<method>`), by method name, so a test can
 * say how many reads an operator's action costs. Counted when the request leaves the page.
 */
export function recordApiCalls(page: Page) {
  let calls: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST') return;
    const match = /^\/api\/([^/]+)$/.exec(new URL(request.url()).pathname);
    if (match) calls.push(decodeURIComponent(match[1]!));
  });
  return {
    /** Calls by method since the last reset, e.g. `{ 'attendance.set': 1 }`. */
    counts(): Record<string, number> {
      const out: Record<string, number> = {};
      for (const name of calls) out[name] = (out[name] ?? 0) + 1;
      return out;
    },
    reset(): void {
      calls = [];
    },
    /**
     * Waits until the page has made no call for `quietMs`: follow-up reads (an event's
     * refetch) come a few milliseconds after the action, so counting right away would miss them.
     */
    async settle(quietMs = 1000): Promise<void> {
      for (;;) {
        const before = calls.length;
        await page.waitForTimeout(quietMs);
        if (calls.length === before) return;
      }
    },
  };
}
