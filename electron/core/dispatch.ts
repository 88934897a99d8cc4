import type { Envelope } from '../../shared/api/errors';
import { AppError } from '../../shared/api/errors';
import { validationError } from '../../shared/api/issues';
import type { MethodName } from '../../shared/api/methods';
import { isMethodName, methods } from '../../shared/api/methods';
import type { CoreContext } from './context';
import type { HandlerTable } from './handlers';

export type Dispatch = (method: string, input: unknown) => Envelope<unknown>;

function asAppError(err: unknown, method: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('CONFLICT', `Constraint failed in ${method}`, { sqlite: code });
  }
  if (code === 'SQLITE_BUSY')
    return new AppError('DATA_DIR_LOCKED', 'Database is busy', { method });
  return new AppError('INTERNAL', err instanceof Error ? err.message : String(err), { method });
}

const isAsync = (f: unknown): boolean =>
  (f as { constructor?: { name?: string } }).constructor?.name === 'AsyncFunction';

export type DispatchAsync = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export interface Dispatcher {
  /** For the synchronous methods (all but file work); an async method answers INTERNAL here. */
  dispatch: Dispatch;
  /** What the transports use: every method. */
  call: DispatchAsync;
}

/**
 * The single entry point both transports use: parse the input with the method's schema,
 * run the handler, check the output against the contract, and wrap everything in an envelope.
 * A handler that throws has written nothing: every write runs inside a transaction.
 */
export function createDispatch(
  table: HandlerTable,
  ctx: CoreContext,
  options: { checkOutput?: boolean; onInternalError?: (err: unknown, method: string) => void } = {},
): Dispatcher {
  const checkOutput = options.checkOutput ?? true;

  const fail = (err: unknown, name: string): Envelope<unknown> => {
    const appError = asAppError(err, name);
    if (appError.code === 'INTERNAL') options.onInternalError?.(err, name);
    return { ok: false, error: appError.toJSON() };
  };

  const finish = (name: MethodName, value: unknown): Envelope<unknown> => {
    if (checkOutput) {
      const out = methods[name].output.safeParse(value);
      if (!out.success) {
        return fail(
          new AppError('INTERNAL', `Output of ${name} broke its contract`, {
            issues: out.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
          }),
          name,
        );
      }
    }
    return { ok: true, value };
  };

  /** Runs a call; returns the envelope, or a promise of it for an async handler. */
  const run = (method: string, input: unknown): Envelope<unknown> | Promise<Envelope<unknown>> => {
    if (!isMethodName(method)) {
      return { ok: false, error: new AppError('UNKNOWN_METHOD', `No method ${method}`).toJSON() };
    }
    const name: MethodName = method;
    const parsed = methods[name].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, name).toJSON() };
    const handler = table[name] as (input: unknown, ctx: CoreContext) => unknown;
    let value: unknown;
    try {
      if (checkOutput && !isAsync(handler)) {
        // Checked inside the transaction: an output that breaks the contract rolls the write
        // back, so "rejected" always means "nothing written". (Async handlers only read files.)
        value = ctx.db.transaction(() => {
          const v = handler(parsed.data, ctx);
          const checked = finish(name, v);
          if (!checked.ok) throw AppError.from(checked.error);
          return v;
        })();
      } else {
        value = handler(parsed.data, ctx);
      }
    } catch (err) {
      return fail(err, name);
    }
    if (value instanceof Promise) {
      return value.then(
        (v) => finish(name, v),
        (err) => fail(err, name),
      );
    }
    // A synchronous result was already checked inside its transaction (or checks are off).
    return { ok: true, value };
  };

  return {
    dispatch: (method, input) => {
      const result = run(method, input);
      if (result instanceof Promise) {
        void result.catch(() => undefined);
        return fail(new AppError('INTERNAL', `${method} is asynchronous; use call()`), method);
      }
      return result;
    },
    call: async (method, input) => run(method, input),
  };
}

/** When the database could not be opened, every call answers with why, so the UI can say it. */
export function failedDispatch(error: AppError): Dispatcher {
  const answer = (): Envelope<unknown> => ({ ok: false, error: error.toJSON() });
  return { dispatch: answer, call: async () => answer() };
}
