import type { ReadableDB } from '../db/handles';
import type { SyncSettingsRow } from '../db/queries/sync';
import { getSyncSettings } from '../db/queries/sync';
import type { SecretStore } from '../handlerTypes';
import type { CenterAccess } from './centerClient';

/**
 * The token as it is stored: encrypted by the OS key store where the platform has one, else
 * as is (the browser build, a Linux session without a keyring), and the row says which.
 */
export function protectToken(
  token: string,
  secrets: SecretStore | undefined,
): { blob: Buffer; protection: 'os' | 'plain' } {
  if (secrets) return { blob: secrets.encrypt(token), protection: 'os' };
  return { blob: Buffer.from(token, 'utf8'), protection: 'plain' };
}

/**
 * The token back, or null when it cannot be read here: an encrypted token needs the same OS
 * account's key store (a data folder copied to another machine or user cannot use it, and the
 * point enrols again).
 */
export function readToken(row: SyncSettingsRow, secrets: SecretStore | undefined): string | null {
  if (!row.token || !row.token_protection) return null;
  if (row.token_protection === 'plain') return row.token.toString('utf8');
  if (!secrets) return null;
  try {
    return secrets.decrypt(row.token);
  } catch {
    return null;
  }
}

/** Where and how to reach the center; null while no address is set. */
export function centerAccess(
  db: ReadableDB,
  secrets: SecretStore | undefined,
): CenterAccess | null {
  const row = getSyncSettings(db);
  if (!row || row.center_url === '') return null;
  return { url: row.center_url, ca: row.ca_pem, token: readToken(row, secrets) };
}
