import type { SyncStatus } from '../../../shared/api/syncSchemas';

/**
 * What the header says of sending to the center, in one word and a colour: the worst thing
 * first (a failure or a refused token needs the operator; waiting reports do not).
 */
export type SyncHeadline =
  | { kind: 'notConfigured' }
  | { kind: 'notEnrolled' }
  | { kind: 'unauthorized' }
  | { kind: 'failed'; count: number }
  | { kind: 'offline'; pending: number }
  | { kind: 'pending'; pending: number }
  | { kind: 'sent'; at: string | null };

export function syncHeadline(s: SyncStatus): SyncHeadline {
  if (!s.configured) return { kind: 'notConfigured' };
  if (!s.enrolled) return { kind: 'notEnrolled' };
  if (s.center.state === 'unauthorized') return { kind: 'unauthorized' };
  if (s.failed.length > 0) return { kind: 'failed', count: s.failed.length };
  if (s.center.state === 'offline') return { kind: 'offline', pending: s.pending };
  if (s.pending > 0) return { kind: 'pending', pending: s.pending };
  return { kind: 'sent', at: s.lastSentAt };
}

export const HEADLINE_COLOR: Record<SyncHeadline['kind'], string> = {
  notConfigured: 'gray',
  notEnrolled: 'gray',
  unauthorized: 'red',
  failed: 'red',
  offline: 'orange',
  pending: 'blue',
  sent: 'green',
};

/** The first 12 hex digits of a hash: enough to compare with the center's screen by eye. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);
