import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../testing/harness';
import { createRotatingFile } from './rotatingFile';

const line = (n: number) => `${JSON.stringify({ n, pad: 'x'.repeat(40) })}\n`; // 58 bytes

describe('the rotating log file', () => {
  it('rotates before a line would pass the limit, keeping `keep` older files', () => {
    const dir = tmpDir();
    const file = createRotatingFile({ dir, name: 'app.log', maxBytes: 200, keep: 2 });
    for (let n = 0; n < 20; n++) file.write(line(n));
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual(['app.log', 'app.log.1', 'app.log.2']);
    for (const name of names)
      expect(fs.statSync(path.join(dir, name)).size).toBeLessThanOrEqual(200);
    // Three lines a file: the newest in app.log, whole lines only, none lost within what is kept.
    const read = (name: string) =>
      fs
        .readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).n);
    expect(read('app.log')).toEqual([18, 19]);
    expect(read('app.log.1')).toEqual([15, 16, 17]);
    expect(read('app.log.2')).toEqual([12, 13, 14]);
    expect(file.files().map((f) => path.basename(f))).toEqual([
      'app.log',
      'app.log.1',
      'app.log.2',
    ]);
  });

  it('continues an existing file after a restart, counting its size', () => {
    const dir = tmpDir();
    const first = createRotatingFile({ dir, name: 'app.log', maxBytes: 200, keep: 1 });
    first.write(line(0));
    first.write(line(1));
    const second = createRotatingFile({ dir, name: 'app.log', maxBytes: 200, keep: 1 });
    second.write(line(2));
    expect(fs.readdirSync(dir)).toEqual(['app.log']);
    second.write(line(3));
    expect(fs.readdirSync(dir).sort()).toEqual(['app.log', 'app.log.1']);
  });

  it('writes a line longer than the limit on its own rather than losing it', () => {
    const dir = tmpDir();
    const file = createRotatingFile({ dir, name: 'app.log', maxBytes: 50, keep: 1 });
    file.write(line(0));
    file.write(line(1));
    expect(fs.readFileSync(path.join(dir, 'app.log'), 'utf8')).toBe(line(1));
    expect(fs.readFileSync(path.join(dir, 'app.log.1'), 'utf8')).toBe(line(0));
  });
});
