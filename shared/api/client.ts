import { AppError, isAppErrorData } from './errors';
import type {
  ApiBridge,
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
  RawBridge,
} from './methods';

/**
 * The typed API over either transport. Transports move envelopes; this turns an error envelope
 * back into a thrown AppError so callers use try/catch and the UI translates `code`.
 */
export function createApi(raw: RawBridge): ApiBridge {
  return {
    async invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      let envelope: unknown;
      try {
        envelope = await raw.invoke(method, input);
      } catch (err) {
        throw new AppError('TRANSPORT', err instanceof Error ? err.message : String(err));
      }
      if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
        const e = envelope as { ok: boolean; value?: unknown; error?: unknown };
        if (e.ok) return e.value as MethodOutput<M>;
        if (isAppErrorData(e.error)) throw AppError.from(e.error);
      }
      throw new AppError('TRANSPORT', `Malformed reply to ${method}`);
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return raw.on(event, (payload) => listener(payload as EventPayload<E>));
    },
  };
}
