import { AppError } from '../../shared/api/errors';
import { validationError } from '../../shared/api/issues';
import type { MethodName } from '../../shared/api/methods';
import type { Envelope } from '../../shared/api/transport';
import { errorEnvelope, okEnvelope, refusal } from '../../shared/api/transport';
import { isMethodName, methods } from '../../shared/api/methods';
import type { ReadContext, WriteContext } from './context';
import type { HandlerTable, JobContext, JobServices } from './handlerTypes';
import type { WritePath } from './write';

export type Dispatch = (method: string, input: unknown) => Envelope<unknown>;
export type DispatchAsync = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export interface Dispatcher {
  /** For read and write methods (tests, bench); a job answers INTERNAL here. */
  dispatch: Dispatch;
  /** What the transports use: every method. */
  call: DispatchAsync;
}

export interface DispatchOptions {
  /**
   * Check read and job outputs against the contract too (development and tests). Write outputs
   * are always checked, inside their transaction, in every build.
   */
  checkReads?: boolean;
  /** Jobs running now by `jobId`; the core keeps it across a restore's rewiring. */
  running?: Map<string, AbortController>;
  onInternalError?: (err: unknown, method: string) => void;
  /** A named job's progress, to tell the windows (the `jobs.progress` event). */
  onProgress?: (jobId: string, fraction: number) => void;
}

function asAppError(err: unknown, method: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('CONFLICT', `Constraint failed in ${method}`, { sqlite: code });
  }
  // Another program holds the write lock longer than the busy timeout: say so, nothing was written.
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT')
    return new AppError('DB_BUSY', 'The database is held by another program', { method });
  return new AppError('INTERNAL', err instanceof Error ? err.message : String(err), { method });
}

/** Throws INTERNAL when a handler's answer breaks its method's output schema. */
function checkOutput(name: MethodName, value: unknown): void {
  const out = methods[name].output.safeParse(value);
  if (!out.success) {
    throw new AppError('INTERNAL', `Output of ${name} broke its contract`, {
      issues: out.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
}

/**
 * The single entry point both transports use: parse the input with the method's schema, run
 * the handler the way its kind says (read: on the read handle; write: through the one write
 * path, output checked before commit; job: asynchronously, with the worker), and wrap the
 * answer or the failure in an envelope. A rejected write has written nothing.
 */
export function createDispatch(
  table: HandlerTable,
  contexts: { read: ReadContext; write: WritePath; job: JobServices },
  options: DispatchOptions = {},
): Dispatcher {
  const checkReads = options.checkReads ?? true;
  const fail = (err: unknown, name: string): Envelope<unknown> => {
    const appError = asAppError(err, name);
    if (appError.code === 'INTERNAL') options.onInternalError?.(err, name);
    return errorEnvelope(appError.toJSON());
  };

  // Jobs the renderer named (`jobId`), so that it can cancel them while they run.
  const running = options.running ?? new Map<string, AbortController>();
  const cancelJob = (jobId: string): boolean => {
    const controller = running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  };

  const runJob = (name: MethodName, input: unknown): Promise<Envelope<unknown>> => {
    const handler = table[name] as (input: unknown, ctx: JobContext) => Promise<unknown>;
    const controller = new AbortController();
    const jobId = (input as { jobId?: unknown }).jobId;
    if (typeof jobId === 'string') {
      running.get(jobId)?.abort();
      running.set(jobId, controller);
    }
    const progress = (fraction: number) => {
      if (typeof jobId === 'string' && !controller.signal.aborted)
        options.onProgress?.(jobId, Math.min(1, Math.max(0, fraction)));
    };
    const ctx: JobContext = { ...contexts.job, signal: controller.signal, cancelJob, progress };
    return Promise.resolve()
      .then(() => handler(input, ctx))
      .then((value) => {
        if (checkReads) checkOutput(name, value);
        return okEnvelope(value);
      })
      .catch((err: unknown) => fail(err, name))
      .finally(() => {
        if (typeof jobId === 'string' && running.get(jobId) === controller) running.delete(jobId);
      });
  };

  const run = (method: string, input: unknown): Envelope<unknown> | Promise<Envelope<unknown>> => {
    if (!isMethodName(method)) {
      return refusal('UNKNOWN_METHOD', `No method ${method}`);
    }
    const name: MethodName = method;
    const parsed = methods[name].input.safeParse(input ?? {});
    if (!parsed.success) return errorEnvelope(validationError(parsed.error, name).toJSON());
    const kind = methods[name].kind;
    try {
      if (kind === 'write') {
        const handler = table[name] as (input: unknown, tx: WriteContext) => unknown;
        const value = contexts.write(
          (tx) => handler(parsed.data, tx),
          (v) => checkOutput(name, v),
        );
        return okEnvelope(value);
      }
      if (kind === 'read') {
        const handler = table[name] as (input: unknown, ctx: ReadContext) => unknown;
        const value = handler(parsed.data, contexts.read);
        if (checkReads) checkOutput(name, value);
        return okEnvelope(value);
      }
      return runJob(name, parsed.data);
    } catch (err) {
      return fail(err, name);
    }
  };

  return {
    dispatch: (method, input) => {
      if (isMethodName(method) && methods[method].kind === 'job') {
        return fail(new AppError('INTERNAL', `${method} is a job; use call()`), method);
      }
      return run(method, input) as Envelope<unknown>;
    },
    call: async (method, input) => run(method, input),
  };
}

/** When the database could not be opened, every call answers with why, so the UI can say it. */
export function failedDispatch(error: AppError): Dispatcher {
  const answer = (): Envelope<unknown> => errorEnvelope(error.toJSON());
  return { dispatch: answer, call: async () => answer() };
}
