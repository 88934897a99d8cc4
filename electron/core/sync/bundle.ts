import { createHash } from 'node:crypto';
import type { Bundle } from '../../../shared/protocol/bundle';
import {
  BUNDLE_FORMAT,
  MAX_BUNDLE_REVISIONS,
  bundleDigestText,
} from '../../../shared/protocol/bundle';
import type { OutboxRow } from '../db/queries/sync';

/**
 * The pending signed revisions as one file for a USB stick (shared/protocol/bundle.ts): the
 * same bytes and signatures the network would carry, and a hash over the whole content so a
 * truncated or damaged copy is refused at once. At most MAX_BUNDLE_REVISIONS, oldest first;
 * the rest go on the next file.
 */
export function buildBundle(
  pointCode: string,
  rows: readonly Pick<OutboxRow, 'payload' | 'signature'>[],
  now: Date,
): { fileName: string; bytes: Buffer; bundle: Bundle | null } {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const fileName = `diemcau-${pointCode || 'diem-cau'}-${stamp}.json`;
  if (rows.length === 0) return { fileName, bytes: Buffer.alloc(0), bundle: null };
  const unsigned = {
    format: BUNDLE_FORMAT as typeof BUNDLE_FORMAT,
    version: 1 as const,
    pointCode,
    createdAt: now.toISOString(),
    revisions: rows.slice(0, MAX_BUNDLE_REVISIONS).map((r) => ({
      payload: r.payload.toString('base64'),
      signature: r.signature.toString('base64'),
    })),
  };
  const sha256 = createHash('sha256').update(bundleDigestText(unsigned), 'utf8').digest('hex');
  const bundle: Bundle = { ...unsigned, sha256 };
  return { fileName, bytes: Buffer.from(JSON.stringify(bundle, null, 1), 'utf8'), bundle };
}
