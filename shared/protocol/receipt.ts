import { z } from 'zod';
import { pointCode, sha256Hex, wireId, wireInstant } from './fields';

/**
 * The center's answer to one revision. `stored`: kept now. `duplicate`: the same bytes were
 * already kept (the receipt is the original one, with its first storedAt). `superseded`: a newer
 * revision of the report is already kept, so this one is acknowledged and not stored; storedAt is
 * when the center acknowledged it. In every case the point may mark the revision delivered.
 */
export const RECEIPT_OUTCOMES = ['stored', 'duplicate', 'superseded'] as const;

export const receiptSchema = z
  .object({
    pointCode,
    reportId: wireId,
    revision: z.number().int().min(1),
    /** Hex SHA-256 of the payload bytes (the canonical JSON that was signed). */
    sha256: sha256Hex,
    storedAt: wireInstant,
    outcome: z.enum(RECEIPT_OUTCOMES),
  })
  .strict();

export type Receipt = z.infer<typeof receiptSchema>;
export type ReceiptOutcome = Receipt['outcome'];
