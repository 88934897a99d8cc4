import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { SaveFs } from './saveFile';
import { fileWriteError, saveFileAtomically } from './saveFile';

const dirs: string[] = [];
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-save-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const OLD = Buffer.from('bản cũ');
const NEW = new TextEncoder().encode('bản mới, dài hơn bản cũ');

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** Real fs.promises, with one step made to fail the way a disk or Word would. */
function failing(step: 'write' | 'rename', code: string, afterBytes = 0): SaveFs {
  const err = () => Object.assign(new Error(`${code}: injected`), { code });
  return {
    stat: (f) => fs.promises.stat(f),
    unlink: (f) => fs.promises.unlink(f),
    rename: (from, to) =>
      step === 'rename' ? Promise.reject(err()) : fs.promises.rename(from, to),
    open: async (f, flags) => {
      const handle = await fs.promises.open(f, flags);
      if (step !== 'write') return handle;
      return {
        // Half the file reaches the disk, then the disk is full.
        writeFile: async (data) => {
          await handle.writeFile(data.subarray(0, afterBytes));
          throw err();
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('saving a file', () => {
  it('replaces the file whole and leaves nothing beside it', async () => {
    const dir = folder();
    const target = path.join(dir, 'danh-sách.docx');
    fs.writeFileSync(target, OLD);
    await saveFileAtomically(target, NEW);
    expect(fs.readFileSync(target, 'utf8')).toBe('bản mới, dài hơn bản cũ');
    expect(fs.readdirSync(dir)).toEqual(['danh-sách.docx']);
  });

  it('says the disk is full, keeps the old file and removes the half-written one', async () => {
    const dir = folder();
    const target = path.join(dir, 'a.docx');
    fs.writeFileSync(target, OLD);
    const err = await failure(saveFileAtomically(target, NEW, failing('write', 'ENOSPC', 5)));
    expect(err.code).toBe('FILE_DISK_FULL');
    expect(fs.readFileSync(target)).toEqual(OLD);
    expect(fs.readdirSync(dir)).toEqual(['a.docx']);
  });

  it('says the file is open elsewhere when it cannot be replaced (Word on Windows)', async () => {
    const dir = folder();
    const target = path.join(dir, 'a.docx');
    fs.writeFileSync(target, OLD);
    for (const [code, platform] of [
      ['EBUSY', 'linux'],
      ['EPERM', 'win32'],
    ] as const) {
      const err = await failure(saveFileAtomically(target, NEW, failing('rename', code), platform));
      expect(err.code).toBe('FILE_IN_USE');
      expect(fs.readFileSync(target)).toEqual(OLD);
      expect(fs.readdirSync(dir)).toEqual(['a.docx']);
    }
  });

  it('says a name that is a folder is a folder, and writes nothing', async () => {
    const dir = folder();
    const target = path.join(dir, 'bao-cao.docx');
    fs.mkdirSync(target);
    const err = await failure(saveFileAtomically(target, NEW));
    expect(err.code).toBe('FILE_IS_FOLDER');
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.docx']);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('says a folder that does not exist is a failed write, not a success', async () => {
    const dir = folder();
    const err = await failure(saveFileAtomically(path.join(dir, 'nope', 'a.csv'), NEW));
    expect(err.code).toBe('FILE_WRITE_FAILED');
    expect(err.details?.errno).toBe('ENOENT');
  });

  // root writes into a read-only folder anyway, so this needs an ordinary user.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')(
    'says a read-only folder may not be written',
    async () => {
      const dir = folder();
      fs.chmodSync(dir, 0o500);
      const err = await failure(saveFileAtomically(path.join(dir, 'a.csv'), NEW));
      expect(err.code).toBe('FILE_NO_PERMISSION');
      expect(fs.readdirSync(dir)).toEqual([]);
    },
  );

  it('reads errno codes into the operator’s cases', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(fileWriteError(e('EACCES'), 'write', 'linux').code).toBe('FILE_NO_PERMISSION');
    expect(fileWriteError(e('EPERM'), 'replace', 'linux').code).toBe('FILE_NO_PERMISSION');
    expect(fileWriteError(e('EPERM'), 'write', 'win32').code).toBe('FILE_NO_PERMISSION');
    expect(fileWriteError(e('EACCES'), 'replace', 'win32').code).toBe('FILE_IN_USE');
    expect(fileWriteError(e('EROFS'), 'replace', 'win32').code).toBe('FILE_NO_PERMISSION');
    expect(fileWriteError(e('EDQUOT'), 'write', 'linux').code).toBe('FILE_DISK_FULL');
    expect(fileWriteError(e('EIO'), 'write', 'linux').details).toEqual({ errno: 'EIO' });
  });
});
