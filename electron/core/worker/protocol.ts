import type { AppErrorData } from '../../../shared/api/errors';
import type { JobName } from './jobs';

/** Messages between the core and its file worker. */
export interface JobRequest {
  id: number;
  job: JobName;
  args: unknown;
}

export type JobReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: AppErrorData };

/** Byte arrays in a value, to move (transfer) rather than copy across the thread boundary. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 3 || v === null || typeof v !== 'object') return;
    if (ArrayBuffer.isView(v)) {
      const buffer = v.buffer;
      // Only a buffer the view owns whole can move; a slice of a shared pool is copied.
      if (buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === buffer.byteLength)
        found.add(buffer);
      return;
    }
    for (const child of Object.values(v)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...found];
}
