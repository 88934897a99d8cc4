import { z } from 'zod';
import { canonicalize } from './canonicalJson';
import { signedRevisionSchema } from './envelope';
import { pointCode, sha256Hex, wireInstant } from './fields';
import { receiptSchema } from './receipt';

/**
 * Air-gapped delivery: a point writes its pending signed revisions to one file for a USB stick;
 * the center imports it with the same checks as an upload and gives back a receipts file the
 * point imports to mark them delivered. `sha256` is the hex SHA-256 of the UTF-8 bytes of
 * bundleDigestText(bundle): the canonical JSON of every field but sha256. It catches a truncated
 * or damaged file early; the signatures are what prove where each revision came from.
 */
export const BUNDLE_FORMAT = 'diemcau-bundle' as const;
export const RECEIPTS_FORMAT = 'diemcau-receipts' as const;
export const MAX_BUNDLE_REVISIONS = 200;
/** A bundle file's size limit in bytes (the center refuses larger bodies and files). */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(1),
    pointCode,
    createdAt: wireInstant,
    revisions: z.array(signedRevisionSchema).min(1).max(MAX_BUNDLE_REVISIONS),
    sha256: sha256Hex,
  })
  .strict();
export type Bundle = z.infer<typeof bundleSchema>;

/** The text whose SHA-256 is the bundle's `sha256`. */
export function bundleDigestText(bundle: Omit<Bundle, 'sha256'> & { sha256?: string }): string {
  const { sha256: _ignored, ...rest } = bundle;
  return canonicalize(rest);
}

export const receiptsFileSchema = z
  .object({
    format: z.literal(RECEIPTS_FORMAT),
    version: z.literal(1),
    receipts: z.array(receiptSchema).max(MAX_BUNDLE_REVISIONS),
  })
  .strict();
export type ReceiptsFile = z.infer<typeof receiptsFileSchema>;
