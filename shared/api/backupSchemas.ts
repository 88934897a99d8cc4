import { z } from 'zod';
import { instant } from './fields';

/** Why a backup was taken. */
export const BACKUP_REASONS = ['migration', 'daily', 'finalize', 'manual', 'restore'] as const;
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  /** File name without extension; sorts by time. */
  name: z.string(),
  reason: BackupReason,
  takenAt: instant,
  bytes: z.number().int(),
  schemaVersion: z.number().int(),
  /** What `PRAGMA integrity_check` said of the copy: 'ok' or the first problem. */
  integrity: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
