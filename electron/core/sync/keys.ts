import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/**
 * The point's Ed25519 key. Made once (node:crypto), kept in the database: the private key as
 * PKCS8 DER, the public key as its raw 32 bytes, which is what the center registers.
 */
export interface PointKeyPair {
  publicKey: Buffer;
  privateKey: Buffer;
}

export function generatePointKey(): PointKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKey: rawPublicKey(spki),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

/** An Ed25519 SPKI is a fixed 12-byte header and then the raw key. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function rawPublicKey(spki: Buffer): Buffer {
  if (spki.length !== 44 || !spki.subarray(0, 12).equals(SPKI_PREFIX)) {
    throw new Error('Not an Ed25519 public key');
  }
  return spki.subarray(12);
}

export function publicKeyFromRaw(raw: Buffer): ReturnType<typeof createPublicKey> {
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

/** Signs the exact bytes given (Ed25519 hashes internally: no digest is named). */
export function signBytes(privateKeyPkcs8: Buffer, bytes: Buffer): Buffer {
  const key = createPrivateKey({ key: privateKeyPkcs8, format: 'der', type: 'pkcs8' });
  return sign(null, bytes, key);
}

export function verifyBytes(publicKeyRaw: Buffer, bytes: Buffer, signature: Buffer): boolean {
  return verify(null, bytes, publicKeyFromRaw(publicKeyRaw), signature);
}
