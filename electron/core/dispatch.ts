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

/**
 * The single entry point both transports use: parse the input with the method's schema,
 * run the handler, check the output against the contract, and wrap everything in an envelope.
 * A handler that throws has written nothing: every write runs inside a transaction.
 */
export function createDispatch(
  table: HandlerTable,
  ctx: CoreContext,
  options: { checkOutput?: boolean; onInternalError?: (err: unknown, method: string) => void } = {},
): Dispatch {
  const checkOutput = options.checkOutput ?? true;
  return (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: new AppError('UNKNOWN_METHOD', `No method ${method}`).toJSON() };
    }
    const name: MethodName = method;
    const spec = methods[name];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, name).toJSON() };
    try {
      const handler = table[name] as (input: unknown, ctx: CoreContext) => unknown;
      const value = handler(parsed.data, ctx);
      if (checkOutput) {
        const out = spec.output.safeParse(value);
        if (!out.success) {
          throw new AppError('INTERNAL', `Output of ${name} broke its contract`, {
            issues: out.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
          });
        }
      }
      return { ok: true, value };
    } catch (err) {
      const appError = asAppError(err, name);
      if (appError.code === 'INTERNAL') options.onInternalError?.(err, name);
      return { ok: false, error: appError.toJSON() };
    }
  };
}

/** When the database could not be opened, every call answers with why, so the UI can say it. */
export function failedDispatch(error: AppError): Dispatch {
  return () => ({ ok: false, error: error.toJSON() });
}
