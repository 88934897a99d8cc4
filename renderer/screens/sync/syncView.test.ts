import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api/syncSchemas';
import { syncHeadline } from './syncView';

const base: SyncStatus = {
  configured: true,
  enrolled: true,
  center: { state: 'online', checkedAt: null, error: null },
  pending: 0,
  nextAttemptAt: null,
  lastSentAt: '2026-11-30T08:00:00.000Z',
  failed: [],
  recent: [],
};
const failedEntry = {
  id: 1,
  meetingId: 'm1',
  meetingTitle: 'Hội nghị',
  revision: 1,
  sha256: 'ab',
  state: 'failed' as const,
  attempts: 1,
  nextAttemptAt: '2026-11-30T08:00:00.000Z',
  lastError: 'HTTP 422',
  receipt: null,
  deliveredBy: null,
  createdAt: '2026-11-30T08:00:00.000Z',
  sentAt: null,
};

describe('the header’s sync headline', () => {
  it('says the worst first: setup, a refused token, failures, then offline and waiting', () => {
    expect(syncHeadline({ ...base, configured: false })).toEqual({ kind: 'notConfigured' });
    expect(syncHeadline({ ...base, enrolled: false })).toEqual({ kind: 'notEnrolled' });
    expect(
      syncHeadline({
        ...base,
        center: { ...base.center, state: 'unauthorized' },
        failed: [failedEntry],
      }),
    ).toEqual({ kind: 'unauthorized' });
    expect(
      syncHeadline({
        ...base,
        center: { ...base.center, state: 'offline' },
        failed: [failedEntry],
        pending: 2,
      }),
    ).toEqual({ kind: 'failed', count: 1 });
    expect(
      syncHeadline({ ...base, center: { ...base.center, state: 'offline' }, pending: 2 }),
    ).toEqual({ kind: 'offline', pending: 2 });
    expect(syncHeadline({ ...base, pending: 3 })).toEqual({ kind: 'pending', pending: 3 });
    expect(syncHeadline(base)).toEqual({ kind: 'sent', at: base.lastSentAt });
  });
});
