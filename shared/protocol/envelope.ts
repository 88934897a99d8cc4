import { z } from 'zod';
import { base64Length, base64Text } from './fields';
import { MAX_PAYLOAD_BYTES } from './report';

/**
 * A signed revision on the wire. `payload` is the base64 of the exact canonical UTF-8 bytes that
 * were signed (RFC 8785 text of a ReportRevisionPayload); `signature` is the base64 Ed25519
 * signature over those bytes. The verifier decodes the bytes, verifies the signature over them,
 * and only then parses and validates the JSON: nothing is re-serialized before verifying.
 */
export const ED25519_SIGNATURE_BYTES = 64;
export const ED25519_PUBLIC_KEY_BYTES = 32;

export const signedRevisionSchema = z
  .object({
    payload: base64Text(base64Length(MAX_PAYLOAD_BYTES)).min(4),
    signature: base64Text(base64Length(ED25519_SIGNATURE_BYTES)).length(
      base64Length(ED25519_SIGNATURE_BYTES),
    ),
  })
  .strict();

export type SignedRevision = z.infer<typeof signedRevisionSchema>;

/** Largest JSON body that can carry one signed revision (with room for the keys). */
export const MAX_SIGNED_REVISION_CHARS =
  base64Length(MAX_PAYLOAD_BYTES) + base64Length(ED25519_SIGNATURE_BYTES) + 256;
