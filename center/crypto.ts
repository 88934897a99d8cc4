import crypto from 'node:crypto';
import { ED25519_PUBLIC_KEY_BYTES } from '../shared/protocol/envelope';

export function sha256Hex(data: Uint8Array | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** 32 random bytes, base64url: enrolment secrets and bearer tokens. */
export function randomSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** A KeyObject from the raw 32-byte Ed25519 public key (as JWK: no DER prefix to get wrong). */
export function publicKeyFromRaw(raw: Uint8Array): crypto.KeyObject {
  if (raw.length !== ED25519_PUBLIC_KEY_BYTES) throw new Error('not a raw Ed25519 public key');
  return crypto.createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  });
}

/** Ed25519 over the exact bytes; false (never a throw) for a malformed key or signature. */
export function verifyEd25519(
  bytes: Uint8Array,
  signature: Uint8Array,
  publicKeyBase64: string,
): boolean {
  try {
    const key = publicKeyFromRaw(Buffer.from(publicKeyBase64, 'base64'));
    return crypto.verify(null, bytes, key, signature);
  } catch {
    return false;
  }
}

/** Constant-time comparison of two hex digests of the same length. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && crypto.timingSafeEqual(x, y);
}
