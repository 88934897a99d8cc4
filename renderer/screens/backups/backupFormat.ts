import type { BackupInfo, BackupReason } from '../../../shared/api/backupSchemas';

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/**
 * A file size as Windows Explorer shows it (1 KB = 1024 bytes, which is what the operator sees
 * when looking at the backups folder), with the decimal comma in Vietnamese.
 */
export function formatBytes(bytes: number, language: string): string {
  const decimal = language === 'en' ? '.' : ',';
  // One decimal only where it tells something: "1,5 MB", but "245 KB" and "12 MB".
  const scaled = (value: number, unit: string) => {
    const text = value < 10 ? (Math.round(value * 10) / 10).toFixed(1) : String(Math.round(value));
    return `${text.replace(/\.0$/, '').replace('.', decimal)} ${unit}`;
  };
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < KB) return `${bytes} B`;
  // Rounding 1023.6 KB must not read "1024 KB": the next unit says it better.
  if (bytes < MB - KB / 2) return scaled(bytes / KB, 'KB');
  if (bytes < GB - MB / 2) return scaled(bytes / MB, 'MB');
  return scaled(bytes / GB, 'GB');
}

/** The i18n key of a reason's label, e.g. "Before a data upgrade" for 'migration'. */
export function reasonKey(reason: BackupReason): `backups.reason.${BackupReason}` {
  return `backups.reason.${reason}`;
}

/** Why a backup cannot be put back, or null when it can. */
export type RestoreBlock = 'damaged' | 'newer';

/**
 * The core refuses a damaged copy and one from a newer version (BACKUP_DAMAGED); the screen says
 * so beforehand instead of offering a button that can only fail.
 */
export function restoreBlock(
  backup: Pick<BackupInfo, 'integrity' | 'schemaVersion'>,
  appSchemaVersion: number | null,
): RestoreBlock | null {
  if (backup.integrity !== 'ok') return 'damaged';
  if (appSchemaVersion !== null && backup.schemaVersion > appSchemaVersion) return 'newer';
  return null;
}
