import { z } from 'zod';
import { ED25519_PUBLIC_KEY_BYTES } from './envelope';
import { base64Length, base64Text, pointCode, wireId, wireInstant, wireText } from './fields';
import { receiptSchema } from './receipt';

/**
 * The center's HTTP API, version 1. Bearer tokens go in `Authorization: Bearer <token>`.
 *
 * - POST /api/v1/enrol   {pointCode, secret, publicKey} → {token}; no token. The secret is the
 *   one-time enrolment secret the center printed; publicKey is the base64 of the raw 32-byte
 *   Ed25519 public key. A wrong secret, unknown or revoked point is 401.
 * - GET  /api/v1/meetings  (Bearer) → {meetings: PublishedMeeting[]}
 * - POST /api/v1/reports   (Bearer, body SignedRevision) → Receipt
 * - POST /api/v1/bundles   (no token: every revision is verified with its point's registered
 *   key, as `center import` does from a file) body Bundle → ReceiptsFile
 * - GET  /api/v1/health → {ok: true, protocol: 1}
 *
 * Errors: `{ error: { code, message } }` with the statuses in ERROR_STATUS.
 */
export const API_ROUTES = {
  enrol: '/api/v1/enrol',
  meetings: '/api/v1/meetings',
  reports: '/api/v1/reports',
  bundles: '/api/v1/bundles',
  health: '/api/v1/health',
} as const;

export const ENROLMENT_SECRET_CHARS = 43; // 32 random bytes, base64url
export const TOKEN_CHARS = 43; // 32 random bytes, base64url

const secretText = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

export const enrolRequestSchema = z
  .object({
    pointCode,
    secret: secretText,
    publicKey: base64Text(base64Length(ED25519_PUBLIC_KEY_BYTES)).length(
      base64Length(ED25519_PUBLIC_KEY_BYTES),
    ),
  })
  .strict();
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({ token: secretText }).strict();
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const publishedMeetingSchema = z
  .object({
    id: wireId,
    title: wireText(300),
    startsAt: wireInstant,
    agenda: z.array(wireText(300)).max(100),
  })
  .strict();
export type PublishedMeeting = z.infer<typeof publishedMeetingSchema>;

export const meetingsResponseSchema = z
  .object({ meetings: z.array(publishedMeetingSchema) })
  .strict();
export type MeetingsResponse = z.infer<typeof meetingsResponseSchema>;

export const reportResponseSchema = receiptSchema;

export const healthResponseSchema = z
  .object({ ok: z.literal(true), protocol: z.number().int() })
  .strict();

export const ERROR_STATUS = {
  /** Malformed body: not JSON, wrong shape, too large is 413. */
  invalid_request: 400,
  /** Unknown or revoked point, wrong enrolment secret, missing, bad or revoked token. */
  unauthorized: 401,
  /** Body over the route's size limit. */
  too_large: 413,
  /** The signature does not verify over the payload bytes, or the key is unknown: nothing stored. */
  bad_signature: 422,
  /** Signed, but the payload is not canonical JSON, fails the schema, names another point, or a
   *  bundle's hash does not match its content: nothing stored. */
  invalid_payload: 422,
  /** The same (point, report, revision) is already stored with different bytes. */
  conflict: 409,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export const errorBodySchema = z
  .object({
    error: z.object({ code: z.string().max(64), message: z.string().max(2000) }).strict(),
  })
  .strict();
export type ErrorBody = z.infer<typeof errorBodySchema>;
