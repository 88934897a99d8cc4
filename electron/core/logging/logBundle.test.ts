import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callAsync, start } from '../testing/harness';
import { LOG_FILE, createAppLogger, logDir } from './logger';
import { buildLogBundle, lastLogLines } from './logBundle';

describe('"Gửi nhật ký lỗi"', () => {
  it('collects the logs and the versions, with no personal data, as a file to save', async () => {
    const h = start();
    const { logger } = createAppLogger(h.dataDir, { process: 'main' });
    logger.error({ person: { fullName: 'Phạm Văn Đông' }, code: 'X' }, 'import failed');
    // A line written without redaction (an older version, or by hand) is cleaned on the way out.
    fs.appendFileSync(
      path.join(logDir(h.dataDir), LOG_FILE),
      `${JSON.stringify({ msg: 'raw', name: 'Hoàng Thị E', token: 't0k' })}\nplain line an@x.vn\n`,
    );
    const file = await callAsync(h, 'logs.collect', {});
    expect(file.fileName).toBe('diemcau-nhat-ky-loi-2025-03-10-01-30-00.txt');
    expect(file.mimeType).toBe('text/plain;charset=utf-8');
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const lines = text.split('\n');
    const header = JSON.parse(lines[1]!) as Record<string, unknown>;
    expect(header).toMatchObject({
      kind: 'diemcau-log-bundle',
      appVersion: 'test',
      transport: 'http',
    });
    expect(header.schemaVersion).toBeGreaterThan(0);
    expect(header.os).toBeTruthy();
    expect(header.node).toBe(process.versions.node);
    expect(text).toContain('import failed');
    expect(text).toContain('plain line [email]');
    for (const secret of ['Phạm Văn Đông', 'Hoàng Thị E', 't0k', 'an@x.vn', h.dataDir]) {
      expect(text).not.toContain(secret);
    }
  });

  it('takes the newest lines across rotated files, oldest first, within its size', () => {
    const h = start();
    const { logger } = createAppLogger(h.dataDir, { process: 'main', maxBytes: 400, keep: 3 });
    for (let n = 0; n < 30; n++) logger.info({ n }, 'tick');
    const all = lastLogLines(h.dataDir, 1_000_000).map((l) => (JSON.parse(l) as { n: number }).n);
    expect(all).toEqual(all.slice().sort((a, b) => a - b));
    expect(all.at(-1)).toBe(29);
    const some = lastLogLines(h.dataDir, 300).map((l) => (JSON.parse(l) as { n: number }).n);
    expect(some.length).toBeGreaterThan(0);
    expect(some).toEqual(all.slice(-some.length));
    const bundle = buildLogBundle(
      h.dataDir,
      { appVersion: '1', schemaVersion: 1, transport: 'ipc' },
      new Date(0),
      300,
    );
    expect(bundle).toContain(`# ${some.length} dòng nhật ký gần nhất`);
  });
});
