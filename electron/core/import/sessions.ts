import { AppError } from '../../../shared/api/errors';
import type { ImportOverrides } from '../../../shared/api/directorySchemas';

/**
 * Files the operator is importing, kept by the core between readings, so that changing the
 * encoding or a column sends a few bytes of choices rather than the whole workbook again.
 * Bounded in number, in bytes and in idle time: an abandoned wizard cannot hold memory for long.
 */
export interface ImportSession {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  /** Read for a meeting: a bare "Ghi chú" column is a remark about that meeting. */
  forMeeting: boolean;
  /** The choices of the last reading that succeeded (for the header-row fallback). */
  lastGood: ImportOverrides | null;
  lastUsed: number;
}

export interface SessionLimits {
  maxSessions: number;
  maxBytes: number;
  idleMs: number;
}

const DEFAULT_SESSION_LIMITS: SessionLimits = {
  maxSessions: 4,
  maxBytes: 64 * 1024 * 1024,
  idleMs: 30 * 60_000,
};

export interface ImportSessions {
  open(fileName: string, bytes: Uint8Array, forMeeting: boolean): ImportSession;
  /** IMPORT_SESSION_EXPIRED when it was closed, evicted or left idle too long. */
  get(id: string): ImportSession;
  close(id: string): void;
}

export function createImportSessions(
  newId: () => string,
  now: () => number,
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
): ImportSessions {
  const sessions = new Map<string, ImportSession>();

  const sweep = () => {
    const t = now();
    for (const [id, s] of sessions) if (t - s.lastUsed > limits.idleMs) sessions.delete(id);
  };
  const totalBytes = () => [...sessions.values()].reduce((n, s) => n + s.bytes.length, 0);

  return {
    open(fileName, bytes, forMeeting) {
      sweep();
      // Oldest first (Map keeps insertion order, and get() re-inserts on use).
      while (
        sessions.size > 0 &&
        (sessions.size >= limits.maxSessions || totalBytes() + bytes.length > limits.maxBytes)
      ) {
        sessions.delete(sessions.keys().next().value!);
      }
      const session: ImportSession = {
        id: newId(),
        fileName,
        bytes,
        forMeeting,
        lastGood: null,
        lastUsed: now(),
      };
      sessions.set(session.id, session);
      return session;
    },
    get(id) {
      sweep();
      const session = sessions.get(id);
      if (!session) {
        throw new AppError('IMPORT_SESSION_EXPIRED', `No open import ${id}`, { sessionId: id });
      }
      session.lastUsed = now();
      sessions.delete(id);
      sessions.set(id, session);
      return session;
    },
    close(id) {
      sessions.delete(id);
    },
  };
}
