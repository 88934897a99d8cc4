/**
 * Errors that cross the API boundary. The code is stable and translated by the UI
 * (`errors.<code>` in the i18n resources); `message` is an English developer hint only.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'MEETING_LOCKED',
  'SPEECH_REFUSED',
  /** Closing an incident when none is open. */
  'NO_OPEN_INCIDENT',
  /** Something only the desktop app can do (printing to PDF), asked of the browser build. */
  'PLATFORM_UNSUPPORTED',
  'PERSON_HAS_HISTORY',
  'PROFILE_REQUIRED',
  'DB_NEWER_VERSION',
  'DB_CORRUPT',
  'DB_FOREIGN',
  'DB_NOT_A_FILE',
  'DB_BUSY',
  'BACKUP_NOT_FOUND',
  'BACKUP_DAMAGED',
  'TRANSFER_WRONG_PASSWORD',
  'TRANSFER_DAMAGED',
  'TRANSFER_UNSUPPORTED',
  'DATA_DIR_UNWRITABLE',
  'DATA_DIR_LOCKED',
  'DATA_DIR_LOCK_INVALID',
  'IMPORT_EMPTY',
  'IMPORT_TOO_LARGE',
  'IMPORT_UNSUPPORTED',
  'IMPORT_NO_HEADER',
  /** The file goes past one of IMPORT_LIMITS; details: ImportLimitDetails. */
  'IMPORT_LIMIT',
  'IMPORT_SESSION_EXPIRED',
  /** Saving a file: the disk is full (ENOSPC, EDQUOT). */
  'FILE_DISK_FULL',
  /** Saving a file: the folder may not be written (EACCES, EROFS, EPERM off Windows). */
  'FILE_NO_PERMISSION',
  /** Saving a file: another program holds it open (EBUSY; EPERM on Windows, Word's lock). */
  'FILE_IN_USE',
  /** Saving a file: the name chosen is a folder (EISDIR). */
  'FILE_IS_FOLDER',
  /** Saving a file failed otherwise; details.errno says how. */
  'FILE_WRITE_FAILED',
  'JOB_CANCELLED',
  'JOB_TIMEOUT',
  'JOB_FAILED',
  /** Sync: no center address set yet. */
  'SYNC_NOT_CONFIGURED',
  /** Sync: the point has not enrolled with the center (or its token was refused). */
  'SYNC_NOT_ENROLLED',
  /** Sync: only a finalized report revision is sent to the center. */
  'REPORT_NOT_FINALIZED',
  /** The center could not be reached (no network, wrong address, no answer in time). */
  'CENTER_UNREACHABLE',
  /** The center's certificate is not trusted (wrong or missing CA certificate, expired). */
  'CENTER_CERTIFICATE',
  /** The center refused the enrolment secret (wrong, used, or the point is not registered). */
  'CENTER_REFUSED',
  /** The center answered with an error of its own; details.reason says what. */
  'CENTER_ERROR',
  /** A receipts or bundle file that is not one (details.reason). */
  'SYNC_FILE_INVALID',
  'UNKNOWN_METHOD',
  'TRANSPORT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `message` is an i18n key under `validation.`. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[] } & Record<string, unknown>;
}

export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode;
  readonly details?: AppErrorData['details'];

  constructor(code: ErrorCode, message: string, details?: AppErrorData['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toJSON(): AppErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static from(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.details);
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppErrorData).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as AppErrorData).code)
  );
}
