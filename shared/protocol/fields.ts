import { z } from 'zod';
import { hasLoneSurrogate } from './canonicalJson';

/**
 * Field builders of the wire protocol. Unlike the desktop's input fields these never transform:
 * the center validates what was signed, byte for byte, so a schema may refuse but not rewrite.
 */

/** Text as sent: bounded, no NUL, no lone surrogate (which has no canonical JSON form). */
export const wireText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000') && !hasLoneSurrogate(s), 'invalid_characters');

/** A record id on either side: UUIDs and slugs. */
export const wireId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/);

/** A point's code as the center registers it ("HCM-01", "79"). */
export const pointCode = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9._-]+$/);

export const wireInstant = z.iso.datetime({ offset: true });

export const wireDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  });

/** Strict base64 (RFC 4648 §4, padded), bounded in characters before anything decodes it. */
export const base64Text = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Base64 characters needed for n bytes. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
