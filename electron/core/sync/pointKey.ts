import type { WritableDB } from '../db/handles';
import { getSyncSettings, saveKeyPair } from '../db/queries/sync';
import type { PointKeyPair } from './keys';
import { generatePointKey } from './keys';

/**
 * The point's key pair, made the first time anything needs it (an enrolment online or by
 * file, the first signed revision) and kept: a second enrolment sends the same key.
 */
export function ensurePointKey(db: WritableDB, at: string): PointKeyPair {
  const kept = getSyncSettings(db);
  if (kept?.public_key && kept.private_key) {
    return { publicKey: kept.public_key, privateKey: kept.private_key };
  }
  const key = generatePointKey();
  saveKeyPair(db, key.publicKey, key.privateKey, at);
  return key;
}
