import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';

/** What saving uses of `fs.promises`; tests hand in one that fails where they need it. */
export interface SaveFs {
  open(file: string, flags: string): Promise<SaveHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ isDirectory(): boolean }>;
}

export interface SaveHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

const errnoOf = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * The operator's words for a failed save. On Windows a file open in Word cannot be replaced:
 * the rename fails with EPERM (or EBUSY, or EACCES through some shares), which elsewhere
 * would mean a folder we may not write; so there, a refusal at the rename onto an existing
 * file is "in use".
 */
export function fileWriteError(
  err: unknown,
  step: 'write' | 'replace',
  platform: NodeJS.Platform = process.platform,
): AppError {
  const errno = errnoOf(err);
  const message = err instanceof Error ? err.message : String(err);
  const details = { errno: errno ?? 'unknown' };
  if (errno === 'ENOSPC' || errno === 'EDQUOT')
    return new AppError('FILE_DISK_FULL', message, details);
  if (errno === 'EBUSY' || errno === 'ETXTBSY')
    return new AppError('FILE_IN_USE', message, details);
  if (errno === 'EISDIR') return new AppError('FILE_IS_FOLDER', message, details);
  if (errno === 'EPERM' || errno === 'EACCES' || errno === 'EROFS') {
    const locked = platform === 'win32' && step === 'replace' && errno !== 'EROFS';
    return new AppError(locked ? 'FILE_IN_USE' : 'FILE_NO_PERMISSION', message, details);
  }
  return new AppError('FILE_WRITE_FAILED', message, details);
}

/** ".danh-sach.docx.3f9a1c.tmp": beside the target, so the rename stays on one disk. */
export function tempNameFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/**
 * Writes `bytes` to `target` so that it is either the whole new file or left as it was: the
 * bytes go to a temporary file beside it, are flushed to the disk (fsync), and the temporary
 * file is renamed over the target, which is atomic on one volume. On any failure the temporary
 * file is removed and the error is an AppError the operator can act on (fileWriteError).
 */
export async function saveFileAtomically(
  target: string,
  bytes: Uint8Array,
  fsApi: SaveFs = fs.promises,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const existing = await fsApi.stat(target).catch(() => null);
  if (existing?.isDirectory()) {
    throw new AppError('FILE_IS_FOLDER', `${target} is a folder`, { errno: 'EISDIR' });
  }
  const temp = tempNameFor(target);
  let created = false;
  try {
    // 'wx': a new file only, never one someone else made under the same name meanwhile.
    const handle = await fsApi.open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (created) await fsApi.unlink(temp).catch(() => undefined);
    throw fileWriteError(err, 'write', platform);
  }
  try {
    await fsApi.rename(temp, target);
  } catch (err) {
    await fsApi.unlink(temp).catch(() => undefined);
    throw fileWriteError(err, 'replace', platform);
  }
}
