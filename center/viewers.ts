import crypto from 'node:crypto';
import type { CenterDb } from './db/schema';
import { randomSecret, sameDigest, sha256Hex } from './crypto';
import { CenterError } from './errors';

/**
 * Who may read the dashboard. The center's operator makes a viewer with the CLI and hands over
 * the password it prints once; passwords are generated (32 random bytes), never chosen, so a
 * SHA-256 is all that is kept, as for tokens. A sign-in makes a session whose token lives in a
 * cookie and, hashed, in the database: any center process can check it, and revoking a viewer
 * ends its sessions everywhere at once.
 */

export const SESSION_HOURS = 12;

const now = () => new Date().toISOString();

export async function addViewer(db: CenterDb, name: string): Promise<{ password: string }> {
  const clean = name.trim();
  if (!/^[\p{L}\p{N} ._@-]{1,64}$/u.test(clean)) {
    throw new CenterError('invalid_request', 'A viewer name is 1–64 letters, digits, " ._@-".');
  }
  const password = randomSecret();
  const taken = await db
    .selectFrom('viewers')
    .select('id')
    .where('name', '=', clean)
    .executeTakeFirst();
  if (taken) throw new CenterError('conflict', `There is already a viewer named ${clean}.`);
  await db
    .insertInto('viewers')
    .values({
      id: crypto.randomUUID(),
      name: clean,
      password_hash: sha256Hex(password),
      created_at: now(),
      revoked_at: null,
    })
    .execute();
  return { password };
}

export async function revokeViewer(db: CenterDb, name: string): Promise<void> {
  const viewer = await db
    .selectFrom('viewers')
    .select('id')
    .where('name', '=', name.trim())
    .executeTakeFirst();
  if (!viewer) throw new CenterError('invalid_request', `No viewer named ${name}.`);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('viewers')
      .set({ revoked_at: now() })
      .where('id', '=', viewer.id)
      .execute();
    await tx.deleteFrom('sessions').where('viewer_id', '=', viewer.id).execute();
  });
}

/** A new session token for the right name and password; null for anything else. */
export async function signIn(db: CenterDb, name: string, password: string): Promise<string | null> {
  const viewer = await db
    .selectFrom('viewers')
    .select(['id', 'password_hash', 'revoked_at'])
    .where('name', '=', name.trim())
    .executeTakeFirst();
  // Hashed and compared whether or not the name exists, so the answer's timing says nothing.
  const given = sha256Hex(password);
  const matches = sameDigest(given, viewer?.password_hash ?? sha256Hex(randomSecret()));
  if (!viewer || viewer.revoked_at !== null || !matches) return null;
  const token = randomSecret();
  const created = new Date();
  const expires = new Date(created.getTime() + SESSION_HOURS * 3_600_000);
  await db.deleteFrom('sessions').where('expires_at', '<', created.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256Hex(token),
      viewer_id: viewer.id,
      created_at: created.toISOString(),
      expires_at: expires.toISOString(),
    })
    .execute();
  return token;
}

/** The viewer's name for a live session token, or null. */
export async function sessionViewer(db: CenterDb, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('viewers', 'viewers.id', 'sessions.viewer_id')
    .select(['viewers.name', 'viewers.revoked_at', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.expires_at <= now()) return null;
  return row.name;
}

export async function signOut(db: CenterDb, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(token)).execute();
}
