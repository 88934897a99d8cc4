import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { desktopPlatform, saveFilters } from './platform';

const DATA = path.resolve('/data/diemcau');
const kept = (name: string) => path.join(DATA, 'attachments', 'speech-1', name);

function platformWith(answer = '') {
  const shell = { openPath: vi.fn(async () => answer) };
  const openDisplay = vi.fn(async () => true);
  const log = vi.fn();
  return {
    shell,
    openDisplay,
    log,
    platform: desktopPlatform({
      shell,
      dataDir: DATA,
      openDisplay,
      printToPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
      log,
    }),
  };
}

describe('the desktop platform', () => {
  it('opens a contribution kept in the data folder with the system’s viewer', async () => {
    const { shell, platform } = platformWith();
    expect(await platform.openPath!(kept('Tham luận Sở Y tế.PDF'))).toBe(true);
    expect(shell.openPath).toHaveBeenCalledExactlyOnceWith(kept('Tham luận Sở Y tế.PDF'));
  });

  it('says false, and why in the log, when the system has no viewer for it', async () => {
    const { platform, log } = platformWith('No application is associated with this file');
    expect(await platform.openPath!(kept('tham-luan.docx'))).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('No application is associated'));
  });

  it('never hands the system a program or a file outside the contributions', async () => {
    const { shell, platform } = platformWith();
    for (const file of [
      kept('tham-luan.exe'),
      kept('tham-luan.pdf.bat'),
      kept('tham-luan.lnk'),
      kept('no-extension'),
      path.join(DATA, 'diemcau.sqlite'),
      path.join(DATA, 'attachments', '..', 'x.pdf'),
      path.join(DATA, 'attachments-x', 'x.pdf'),
      path.resolve('/etc/x.pdf'),
    ]) {
      expect(await platform.openPath!(file), file).toBe(false);
    }
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('opens the room display through the display windows', async () => {
    const { openDisplay, platform } = platformWith();
    expect(await platform.openDisplay!('m-1')).toBe(true);
    expect(openDisplay).toHaveBeenCalledExactlyOnceWith('m-1');
  });
});

describe('the desktop platform’s key store', () => {
  it('hands the core the OS key store it was given, and none when there is none', () => {
    const secrets = { encrypt: (s: string) => Buffer.from(s), decrypt: (b: Buffer) => String(b) };
    const base = {
      shell: { openPath: async () => '' },
      dataDir: DATA,
      openDisplay: async () => true,
      printToPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
    };
    expect(desktopPlatform({ ...base, secrets }).secrets).toBe(secrets);
    expect(desktopPlatform(base).secrets).toBeUndefined();
  });
});

describe('the save dialog', () => {
  it('offers the type of the file being saved, and nothing for an unknown one', () => {
    expect(saveFilters('bao-cao-2026-03-12.docx')).toEqual([
      { name: 'Word (DOCX)', extensions: ['docx'] },
    ]);
    expect(saveFilters('danh-sach.CSV')).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    expect(saveFilters('a.exe')).toEqual([]);
  });
});
