import { receiptSchema } from '../../../shared/protocol/receipt';
import type { OutboxRow } from '../db/queries/sync';

/**
 * A receipt counts for a row only when it names that row's report and revision and the hash
 * of the exact bytes the row holds: a receipt for something else (a stale proxy cache, a
 * receipts file from another point) must not mark a report delivered.
 */
export type ReceiptCheck = { ok: true; json: string } | { ok: false; reason: string };

export function checkReceipt(
  body: unknown,
  row: Pick<OutboxRow, 'meeting_id' | 'revision' | 'sha256'>,
  pointCode?: string,
): ReceiptCheck {
  const parsed = receiptSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'receipt_unreadable' };
  const r = parsed.data;
  if (r.reportId !== row.meeting_id || r.revision !== row.revision) {
    return { ok: false, reason: 'receipt_other_report' };
  }
  if (r.sha256 !== row.sha256) return { ok: false, reason: 'receipt_hash_mismatch' };
  if (pointCode !== undefined && r.pointCode !== pointCode) {
    return { ok: false, reason: 'receipt_other_point' };
  }
  return { ok: true, json: JSON.stringify(r) };
}
