import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { FuseV1Options } from '@electron/fuses';
import { afterEach, describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const hook = require('./fuses.cjs') as {
  default: (context: unknown) => Promise<void>;
  FUSES: Record<string | number, unknown>;
  STAND_IN_MARKER: string;
  hasFuseWire: (file: string) => boolean;
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function packed(binary: string | Buffer, marker: boolean) {
  const appOutDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-fuses-'));
  dirs.push(appOutDir);
  fs.writeFileSync(path.join(appOutDir, 'diem-cau'), binary);
  if (marker) fs.writeFileSync(path.join(appOutDir, hook.STAND_IN_MARKER), 'stand-in');
  return {
    appOutDir,
    electronPlatformName: 'linux',
    arch: 1,
    packager: { executableName: 'diem-cau', appInfo: { productFilename: 'Điểm Cầu' } },
  };
}

describe('the fuse hook (afterPack)', () => {
  it('turns off Node entry points and turns on the asar checks', () => {
    expect(hook.FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });

  it('skips the packaging check’s marked stand-in, saying why', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await hook.default(packed('#!/bin/sh\n', true));
    expect(log.mock.calls[0]?.[0]).toMatch(/^\[fuses\] skipped: .* stand-in for Electron/);
  });

  it('fails the build for any other binary without a fuse wire', async () => {
    await expect(hook.default(packed('#!/bin/sh\n', false))).rejects.toThrow(/no fuse wire/);
  });

  it('knows a fuse wire when it sees one', () => {
    const ctx = packed(Buffer.from('....dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x011....'), false);
    expect(hook.hasFuseWire(path.join(ctx.appOutDir, 'diem-cau'))).toBe(true);
  });
});
