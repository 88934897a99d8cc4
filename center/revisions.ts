import type { Bundle } from '../shared/protocol/bundle';
import { bundleDigestText } from '../shared/protocol/bundle';
import { canonicalize } from '../shared/protocol/canonicalJson';
import type { SignedRevision } from '../shared/protocol/envelope';
import type { Receipt } from '../shared/protocol/receipt';
import type { ReportRevisionPayload } from '../shared/protocol/report';
import {
  headcounts,
  MAX_PAYLOAD_BYTES,
  reportRevisionPayloadSchema,
} from '../shared/protocol/report';
import type { CenterDb } from './db/schema';
import { sameDigest, sha256Hex, verifyEd25519 } from './crypto';
import { CenterError } from './errors';
import type { AuthenticatedPoint } from './points';

/**
 * Receiving signed revisions. Verification runs on the bytes as received: decode base64, check
 * the Ed25519 signature over them, and only then decode, parse and validate. The bytes stored
 * are the bytes signed.
 */

export interface VerifiedRevision {
  payload: ReportRevisionPayload;
  bytes: Buffer;
  signature: Buffer;
  sha256: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function verifyRevision(
  point: AuthenticatedPoint,
  signed: SignedRevision,
): VerifiedRevision {
  const bytes = Buffer.from(signed.payload, 'base64');
  const signature = Buffer.from(signed.signature, 'base64');
  if (bytes.length > MAX_PAYLOAD_BYTES) {
    throw new CenterError('invalid_payload', 'The revision is larger than the protocol allows.');
  }
  if (!verifyEd25519(bytes, signature, point.publicKey)) {
    throw new CenterError(
      'bad_signature',
      `The signature does not verify with ${point.code}'s key.`,
    );
  }
  let text: string;
  let json: unknown;
  try {
    text = utf8.decode(bytes);
    json = JSON.parse(text);
  } catch {
    throw new CenterError('invalid_payload', 'The signed payload is not UTF-8 JSON.');
  }
  let canonical: string;
  try {
    canonical = canonicalize(json);
  } catch {
    throw new CenterError('invalid_payload', 'The signed payload has no canonical form.');
  }
  // One content, one byte sequence, one hash: a duplicate is recognised by its bytes.
  if (canonical !== text) {
    throw new CenterError(
      'invalid_payload',
      'The signed payload is not canonical JSON (RFC 8785).',
    );
  }
  const parsed = reportRevisionPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CenterError(
      'invalid_payload',
      `The revision does not match protocol 1: ${first?.path.join('.') || '(root)'}: ${first?.message ?? ''}`,
    );
  }
  if (parsed.data.pointCode !== point.code) {
    throw new CenterError(
      'invalid_payload',
      `The revision names point ${parsed.data.pointCode}, not ${point.code}.`,
    );
  }
  return { payload: parsed.data, bytes, signature, sha256: sha256Hex(bytes) };
}

function receipt(
  point: AuthenticatedPoint,
  v: VerifiedRevision,
  storedAt: string,
  outcome: Receipt['outcome'],
): Receipt {
  return {
    pointCode: point.code,
    reportId: v.payload.reportId,
    revision: v.payload.revision,
    sha256: v.sha256,
    storedAt,
    outcome,
  };
}

/**
 * Stores a verified revision once. The primary key (point, report, revision) decides: insert
 * "on conflict do nothing", then read back what is stored and compare hashes, so concurrent
 * requests (on one process or several sharing PostgreSQL) store one copy and all get a receipt.
 */
export async function storeRevision(
  db: CenterDb,
  point: AuthenticatedPoint,
  v: VerifiedRevision,
): Promise<Receipt> {
  const { payload } = v;
  const same = await db
    .selectFrom('reports')
    .select(['sha256', 'received_at'])
    .where('point_id', '=', point.id)
    .where('report_id', '=', payload.reportId)
    .where('revision', '=', payload.revision)
    .executeTakeFirst();
  if (same) return existing(point, v, same);

  const newer = await db
    .selectFrom('reports')
    .select('revision')
    .where('point_id', '=', point.id)
    .where('report_id', '=', payload.reportId)
    .where('revision', '>', payload.revision)
    .limit(1)
    .executeTakeFirst();
  const receivedAt = new Date().toISOString();
  if (newer) return receipt(point, v, receivedAt, 'superseded');

  const counts = headcounts(payload);
  const inserted = await db
    .insertInto('reports')
    .values({
      point_id: point.id,
      report_id: payload.reportId,
      revision: payload.revision,
      payload: v.bytes,
      signature: v.signature,
      sha256: v.sha256,
      center_meeting_id: payload.meeting.centerMeetingId,
      local_meeting_id: payload.meeting.localId,
      meeting_title: payload.meeting.title,
      meeting_starts_at: payload.meeting.startsAt,
      generated_at: payload.generatedAt,
      invited: counts.invited,
      attending: counts.attending,
      received_at: receivedAt,
    })
    .onConflict((oc) => oc.columns(['point_id', 'report_id', 'revision']).doNothing())
    .returning('received_at')
    .executeTakeFirst();
  if (inserted) return receipt(point, v, inserted.received_at, 'stored');

  // Another request stored this revision between our read and our insert.
  const winner = await db
    .selectFrom('reports')
    .select(['sha256', 'received_at'])
    .where('point_id', '=', point.id)
    .where('report_id', '=', payload.reportId)
    .where('revision', '=', payload.revision)
    .executeTakeFirstOrThrow();
  return existing(point, v, winner);
}

function existing(
  point: AuthenticatedPoint,
  v: VerifiedRevision,
  stored: { sha256: string; received_at: string },
): Receipt {
  if (!sameDigest(stored.sha256, v.sha256)) {
    throw new CenterError(
      'conflict',
      `Revision ${v.payload.revision} of report ${v.payload.reportId} is already stored with different content.`,
    );
  }
  return receipt(point, v, stored.received_at, 'duplicate');
}

/**
 * A bundle, all or nothing: its hash must match its content, every revision must verify with
 * the point's key, and every revision is stored in one transaction, so a tampered or
 * conflicting bundle leaves nothing behind.
 */
export async function importBundle(
  db: CenterDb,
  point: AuthenticatedPoint,
  bundle: Bundle,
): Promise<Receipt[]> {
  if (!sameDigest(sha256Hex(bundleDigestText(bundle)), bundle.sha256)) {
    throw new CenterError(
      'invalid_payload',
      'The bundle does not match its sha256: damaged or altered.',
    );
  }
  const verified = bundle.revisions.map((r) => verifyRevision(point, r));
  return db.transaction().execute(async (tx) => {
    const receipts: Receipt[] = [];
    for (const v of verified) receipts.push(await storeRevision(tx, point, v));
    return receipts;
  });
}
