import { describe, expect, it } from 'vitest';
import { NATIVE, REQUIRED, findProblems } from './contentCheck.mjs';

// The rules of the packaging content check (contentCheck.mjs), on listings made up here; the
// check itself packs the real app in `npm test`.
const good = [...REQUIRED, NATIVE, '/out/renderer/assets/index-abc123.js'];

describe('what the package may hold', () => {
  it('accepts the bundles, resources and the unpacked native module', () => {
    expect(findProblems(good, new Set([NATIVE]))).toEqual([]);
  });

  it('names what is missing, and a native module left inside the asar', () => {
    const without = good.filter((p) => p !== '/out/preload/index.js');
    expect(findProblems(without, new Set([NATIVE]))).toEqual(['missing: /out/preload/index.js']);
    expect(findProblems(good, new Set())).toEqual([`not unpacked: ${NATIVE}`]);
  });

  it.each([
    ['/out/main/index.js.map', 'source map'],
    ['/out/main/backup.test.js', 'test or benchmark'],
    ['/e2e/web/report.spec.ts', 'test, bench or e2e folder'],
    ['/bench/core.bench.ts', 'test or benchmark'],
    ['/.data/diemcau.sqlite', 'a data folder (.data/)'],
    ['/node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'Node build'],
    ['/electron/core/core.ts', 'TypeScript source'],
    ['/node_modules/vitest/index.js', 'dev dependency'],
  ])('refuses %s', (entry, why) => {
    const problems = findProblems([...good, entry], new Set([NATIVE]));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.endsWith(entry))).toBe(true);
    expect(problems.some((p) => p.includes(why))).toBe(true);
  });
});
