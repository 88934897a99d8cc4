import crypto from 'node:crypto';
import type { Updateable } from 'kysely';
import type { CenterDb, PointsTable } from './db/schema';
import type { EnrolmentFile } from '../shared/protocol/enrolmentFile';
import { randomSecret, sameDigest, sha256Hex } from './crypto';
import { CenterError } from './errors';

/** Registering points, their enrolment and their bearer tokens. */

export interface AuthenticatedPoint {
  id: string;
  code: string;
  publicKey: string;
}

const now = () => new Date().toISOString();

/** Registers a point and returns its one-time enrolment secret (only its hash is kept). */
export async function addPoint(
  db: CenterDb,
  code: string,
  name: string,
): Promise<{ id: string; secret: string }> {
  const existing = await db
    .selectFrom('points')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  if (existing) throw new Error(`point ${code} already exists`);
  const id = crypto.randomUUID();
  const secret = randomSecret();
  await db
    .insertInto('points')
    .values({
      id,
      code,
      name,
      public_key: null,
      secret_hash: sha256Hex(secret),
      state: 'active',
      created_at: now(),
      enrolled_at: null,
    })
    .execute();
  return { id, secret };
}

async function pointByCode(db: CenterDb, code: string): Promise<PointsTable> {
  const point = await db
    .selectFrom('points')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!point) throw new Error(`no point with code ${code}`);
  return point;
}

/**
 * A new enrolment secret; the point's tokens are revoked and its key is forgotten, so it must
 * enrol again. A revoked point becomes active again this way.
 */
/**
 * Changes how a point gets in (a new secret, or none) and revokes every token it holds, in one
 * transaction: a rotated or revoked point's old token stops working at the same moment.
 */
async function replaceAccess(
  db: CenterDb,
  pointId: string,
  change: Updateable<PointsTable>,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('points').set(change).where('id', '=', pointId).execute();
    await tx
      .updateTable('tokens')
      .set({ revoked_at: now() })
      .where('point_id', '=', pointId)
      .where('revoked_at', 'is', null)
      .execute();
  });
}

export async function rotatePoint(db: CenterDb, code: string): Promise<{ secret: string }> {
  const point = await pointByCode(db, code);
  const secret = randomSecret();
  await replaceAccess(db, point.id, {
    secret_hash: sha256Hex(secret),
    public_key: null,
    state: 'active',
    enrolled_at: null,
  });
  return { secret };
}

export async function revokePoint(db: CenterDb, code: string): Promise<void> {
  const point = await pointByCode(db, code);
  await replaceAccess(db, point.id, { state: 'revoked', secret_hash: null });
}

/**
 * Enrolment: the secret is checked and consumed in one conditional update, so two enrolments
 * racing with the same secret (even on two processes) cannot both win. `then` runs in the same
 * transaction (issuing the token).
 */
async function claimEnrolment(
  db: CenterDb,
  code: string,
  secret: string,
  publicKey: string,
  then: (tx: CenterDb, pointId: string) => Promise<void>,
): Promise<void> {
  const refused = new CenterError('unauthorized', 'Unknown point, revoked point or wrong secret.');
  const point = await db
    .selectFrom('points')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!point || point.state !== 'active' || !point.secret_hash) throw refused;
  const hash = sha256Hex(secret);
  if (!sameDigest(hash, point.secret_hash)) throw refused;
  await db.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable('points')
      .set({ public_key: publicKey, secret_hash: null, enrolled_at: now() })
      .where('id', '=', point.id)
      .where('secret_hash', '=', hash)
      .where('state', '=', 'active')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw refused;
    await then(tx, point.id);
  });
}

export async function enrolPoint(
  db: CenterDb,
  code: string,
  secret: string,
  publicKey: string,
): Promise<{ token: string }> {
  const token = randomSecret();
  await claimEnrolment(db, code, secret, publicKey, async (tx, pointId) => {
    await tx
      .insertInto('tokens')
      .values({
        token_hash: sha256Hex(token),
        point_id: pointId,
        created_at: now(),
        revoked_at: null,
      })
      .execute();
  });
  return { token };
}

/**
 * Enrolment by file (shared/protocol/enrolmentFile.ts), for a point that never reaches the
 * center: the same check of the secret, the key registered, and no token, since nothing would
 * carry it back. The point's bundles can be imported from then on.
 */
export async function enrolPointByFile(db: CenterDb, file: EnrolmentFile): Promise<void> {
  await claimEnrolment(db, file.pointCode, file.secret, file.publicKey, async () => {});
}

/** The point a bearer token belongs to, if the token and the point are both live. */
export async function authenticateToken(
  db: CenterDb,
  authorization: string | undefined,
): Promise<AuthenticatedPoint> {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(authorization ?? '');
  if (!match) throw new CenterError('unauthorized', 'A bearer token is required.');
  const row = await db
    .selectFrom('tokens')
    .innerJoin('points', 'points.id', 'tokens.point_id')
    .select(['points.id', 'points.code', 'points.public_key', 'points.state', 'tokens.revoked_at'])
    .where('tokens.token_hash', '=', sha256Hex(match[1]!))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.state !== 'active' || !row.public_key) {
    throw new CenterError('unauthorized', 'Unknown, revoked or expired token.');
  }
  return { id: row.id, code: row.code, publicKey: row.public_key };
}

/** An active, enrolled point by code: bundles are verified with its key. */
export async function enrolledPoint(db: CenterDb, code: string): Promise<AuthenticatedPoint> {
  const row = await db.selectFrom('points').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row || row.state !== 'active' || !row.public_key) {
    throw new CenterError('unauthorized', `Point ${code} is unknown, revoked or not enrolled.`);
  }
  return { id: row.id, code: row.code, publicKey: row.public_key };
}

export interface PointSummary {
  code: string;
  name: string;
  state: string;
  enrolled: boolean;
  revisions: number;
  reports: number;
  lastReceivedAt: string | null;
}

/** Every point with what it sent, by code. */
export async function listPoints(db: CenterDb): Promise<PointSummary[]> {
  const rows = await db
    .selectFrom('points')
    .leftJoin('reports', 'reports.point_id', 'points.id')
    .select((eb) => [
      'points.code',
      'points.name',
      'points.state',
      'points.public_key',
      eb.fn.count<number>('reports.revision').as('revisions'),
      eb.fn.count<number>('reports.report_id').distinct().as('reports'),
      eb.fn.max('reports.received_at').as('last'),
    ])
    .groupBy(['points.id', 'points.code', 'points.name', 'points.state', 'points.public_key'])
    .orderBy('points.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    state: r.state,
    enrolled: r.public_key !== null,
    revisions: Number(r.revisions),
    reports: Number(r.reports),
    lastReceivedAt: r.last ?? null,
  }));
}
