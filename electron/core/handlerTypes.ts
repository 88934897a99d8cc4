import type {
  MethodName,
  MethodOutput,
  MethodParsedInput,
  Methods,
} from '../../shared/api/methods';
import type { ReadContext, WriteContext } from './context';
import type { BackupService } from './backup/service';
import type { ImportSessions } from './import/sessions';
import type { FileWorker } from './worker/fileWorker';
import type { DrainReport } from './sync/drainer';
import type { CenterAccess, CenterClient } from './sync/centerClient';
import type { WritePath } from './write';

/** What the core gives every job: reads, the file worker, the write path, open imports. */
/** What only the desktop shell can do for the core (absent in the browser build). */
export interface Platform {
  /** Opens a file with the system's viewer; false when the system could not. */
  openPath?: (file: string) => Promise<boolean>;
  /** Opens (or shows again) the room display of a meeting in a window of its own. */
  openDisplay?: (meetingId: string) => Promise<boolean>;
  /** Prints a print route (`/print/…`) of the app to PDF bytes, as the template lays it out. */
  printToPdf?: (route: string) => Promise<Uint8Array>;
  /** Asks the operator where to save `fileName` (a save dialog); null when they cancel. */
  chooseSavePath?: (fileName: string) => Promise<string | null>;
  /**
   * Encryption by the operating system's key store (Electron's safeStorage): the center's
   * token is kept through it. Absent where there is none (the browser build, a Linux session
   * without a keyring), and the token is then kept as is, which the settings screen says.
   */
  secrets?: SecretStore;
}

export interface SecretStore {
  encrypt: (plain: string) => Buffer;
  decrypt: (blob: Buffer) => string;
}

export interface JobServices extends ReadContext {
  write: WritePath;
  files: FileWorker;
  importSessions: ImportSessions;
  backups: BackupService;
  platform: Platform;
  /** The outbox's drain worker, and how the center is reached. */
  sync: {
    drainNow: () => Promise<DrainReport>;
    clientFor: (access: CenterAccess) => CenterClient;
  };
}

/**
 * A job's view: the core's services, plus this call's cancellation (aborted when the
 * operator cancels the call's `jobId`), and the means to cancel another call's.
 */
export interface JobContext extends JobServices {
  signal: AbortSignal;
  cancelJob: (jobId: string) => boolean;
  /** How far this call has got (0–1), told to the windows when the caller named it (`jobId`). */
  progress: (fraction: number) => void;
}

/** The handler a method's kind calls for, typed from the method map. */
export type Handler<M extends MethodName> = Methods[M]['kind'] extends 'write'
  ? (input: MethodParsedInput<M>, tx: WriteContext) => MethodOutput<M>
  : Methods[M]['kind'] extends 'read'
    ? (input: MethodParsedInput<M>, ctx: ReadContext) => MethodOutput<M>
    : (input: MethodParsedInput<M>, ctx: JobContext) => Promise<MethodOutput<M>>;

/** Every method once; a missing or extra method is a compile error. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

type MethodsUnder<P extends string> = Extract<MethodName, `${P}${string}`>;

/**
 * One service area's handlers, e.g. `defineHandlers<'attendance.'>({ ... })`: every method
 * under the prefix must be there, each typed from the map, with no input type written out.
 */
export function defineHandlers<P extends string>(handlers: {
  [M in MethodsUnder<P>]: Handler<M>;
}): { [M in MethodsUnder<P>]: Handler<M> } {
  return handlers;
}
