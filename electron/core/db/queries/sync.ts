import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';

/** The one row of sync settings, as stored. */
export interface SyncSettingsRow {
  center_url: string;
  ca_pem: string | null;
  public_key: Buffer | null;
  private_key: Buffer | null;
  key_created_at: string | null;
  token: Buffer | null;
  token_protection: 'os' | 'plain' | null;
  enrolled_at: string | null;
  center_state: CenterState;
  center_checked_at: string | null;
  center_error: string | null;
  updated_at: string;
}

export type CenterState = 'unknown' | 'online' | 'offline' | 'unauthorized';
export type OutboxState = 'pending' | 'sent' | 'failed' | 'dismissed';

export function getSyncSettings(db: ReadableDB): SyncSettingsRow | undefined {
  return stmt(db, 'SELECT * FROM sync_settings WHERE id = 1').get() as SyncSettingsRow | undefined;
}

/** Makes sure the row exists, so every later write is a plain UPDATE. */
function ensureSettings(db: WritableDB, at: string): void {
  stmt(
    db,
    'INSERT INTO sync_settings (id, updated_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING',
  ).run(at);
}

export function saveCenter(db: WritableDB, url: string, caPem: string | null, at: string): void {
  ensureSettings(db, at);
  stmt(db, 'UPDATE sync_settings SET center_url = ?, ca_pem = ?, updated_at = ? WHERE id = 1').run(
    url,
    caPem,
    at,
  );
}

export function saveKeyPair(
  db: WritableDB,
  publicKey: Buffer,
  privateKey: Buffer,
  at: string,
): void {
  ensureSettings(db, at);
  stmt(
    db,
    `UPDATE sync_settings SET public_key = ?, private_key = ?, key_created_at = ?, updated_at = ?
     WHERE id = 1 AND public_key IS NULL`,
  ).run(publicKey, privateKey, at, at);
}

export function saveToken(
  db: WritableDB,
  token: Buffer | null,
  protection: 'os' | 'plain' | null,
  at: string,
): void {
  ensureSettings(db, at);
  stmt(
    db,
    `UPDATE sync_settings SET token = ?, token_protection = ?, enrolled_at = ?, updated_at = ?
     WHERE id = 1`,
  ).run(token, protection, token === null ? null : at, at);
}

export function saveCenterState(
  db: WritableDB,
  state: CenterState,
  error: string | null,
  at: string,
): void {
  ensureSettings(db, at);
  stmt(
    db,
    `UPDATE sync_settings SET center_state = ?, center_error = ?, center_checked_at = ?
     WHERE id = 1`,
  ).run(state, error, at);
}

export interface OutboxRow {
  id: number;
  meeting_id: string;
  revision: number;
  payload: Buffer;
  signature: Buffer;
  sha256: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  receipt: string | null;
  delivered_by: 'network' | 'receipts_file' | null;
  created_at: string;
  sent_at: string | null;
}

export function insertOutbox(
  db: WritableDB,
  row: Pick<OutboxRow, 'meeting_id' | 'revision' | 'payload' | 'signature' | 'sha256'>,
  at: string,
): void {
  stmt(
    db,
    `INSERT INTO sync_outbox (meeting_id, revision, payload, signature, sha256, next_attempt_at,
       created_at)
     VALUES (@meeting_id, @revision, @payload, @signature, @sha256, @at, @at)`,
  ).run({ ...row, at });
}

export function outboxRow(
  db: ReadableDB,
  meetingId: string,
  revision: number,
): OutboxRow | undefined {
  return stmt(db, 'SELECT * FROM sync_outbox WHERE meeting_id = ? AND revision = ?').get(
    meetingId,
    revision,
  ) as OutboxRow | undefined;
}

export function outboxRowById(db: ReadableDB, id: number): OutboxRow | undefined {
  return stmt(db, 'SELECT * FROM sync_outbox WHERE id = ?').get(id) as OutboxRow | undefined;
}

/** Pending rows whose time has come, the longest waiting first. */
export function dueRows(db: ReadableDB, now: string, limit: number): OutboxRow[] {
  return stmt(
    db,
    `SELECT * FROM sync_outbox WHERE state = 'pending' AND next_attempt_at <= ?
     ORDER BY next_attempt_at, id LIMIT ?`,
  ).all(now, limit) as OutboxRow[];
}

/** When the next pending row falls due; null when none is pending. */
export function nextDueAt(db: ReadableDB): string | null {
  return (
    (stmt(db, `SELECT min(next_attempt_at) FROM sync_outbox WHERE state = 'pending'`)
      .pluck()
      .get() as string | null) ?? null
  );
}

export function rowsInState(db: ReadableDB, state: OutboxState): OutboxRow[] {
  return stmt(db, 'SELECT * FROM sync_outbox WHERE state = ? ORDER BY id').all(
    state,
  ) as OutboxRow[];
}

export function countInState(db: ReadableDB, state: OutboxState): number {
  return stmt(db, 'SELECT count(*) FROM sync_outbox WHERE state = ?').pluck().get(state) as number;
}

export function lastSentAt(db: ReadableDB): string | null {
  return (
    (stmt(db, `SELECT max(sent_at) FROM sync_outbox WHERE state = 'sent'`).pluck().get() as
      string | null) ?? null
  );
}

/** The most recently delivered rows. */
export function recentSent(db: ReadableDB, limit: number): OutboxRow[] {
  return stmt(
    db,
    `SELECT * FROM sync_outbox WHERE state = 'sent' ORDER BY sent_at DESC, id DESC LIMIT ?`,
  ).all(limit) as OutboxRow[];
}

export function outboxOfMeeting(db: ReadableDB, meetingId: string): OutboxRow[] {
  return stmt(db, 'SELECT * FROM sync_outbox WHERE meeting_id = ? ORDER BY revision DESC').all(
    meetingId,
  ) as OutboxRow[];
}

/**
 * Only a row not yet delivered becomes sent: a receipt arriving twice (the network and then
 * the receipts file) keeps the first. Answers whether the row changed.
 */
export function markSent(
  db: WritableDB,
  id: number,
  receipt: string,
  by: 'network' | 'receipts_file',
  at: string,
): boolean {
  return (
    stmt(
      db,
      `UPDATE sync_outbox SET state = 'sent', receipt = ?, delivered_by = ?, sent_at = ?,
         last_error = NULL
       WHERE id = ? AND state IN ('pending', 'failed', 'dismissed')`,
    ).run(receipt, by, at, id).changes === 1
  );
}

/** A try that may succeed later: counted, and put off until `nextAt`. */
export function markRetry(db: WritableDB, id: number, nextAt: string, error: string): void {
  stmt(
    db,
    `UPDATE sync_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
     WHERE id = ? AND state = 'pending'`,
  ).run(nextAt, error, id);
}

/** A refusal that no retry can change: out of the queue, with the reason. */
export function markFailed(db: WritableDB, id: number, error: string): void {
  stmt(
    db,
    `UPDATE sync_outbox SET state = 'failed', attempts = attempts + 1, last_error = ?
     WHERE id = ? AND state = 'pending'`,
  ).run(error, id);
}

/** The operator asks again: a failed (or dismissed) row goes back to the queue, due now. */
export function requeue(db: WritableDB, id: number, at: string): boolean {
  return (
    stmt(
      db,
      `UPDATE sync_outbox SET state = 'pending', attempts = 0, next_attempt_at = ?
       WHERE id = ? AND state IN ('failed', 'dismissed')`,
    ).run(at, id).changes === 1
  );
}

export function dismiss(db: WritableDB, id: number): boolean {
  return (
    stmt(db, `UPDATE sync_outbox SET state = 'dismissed' WHERE id = ? AND state = 'failed'`).run(id)
      .changes === 1
  );
}

/** Every pending row due now: after an enrolment or "sync now", nobody waits for a backoff. */
export function makeAllDue(db: WritableDB, at: string): void {
  stmt(
    db,
    `UPDATE sync_outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?`,
  ).run(at, at);
}

export interface CenterMeetingRow {
  id: string;
  title: string;
  starts_at: string;
  agenda: string;
  pulled_at: string;
  local_meeting_id: string | null;
}

export function upsertCenterMeeting(
  db: WritableDB,
  m: Omit<CenterMeetingRow, 'local_meeting_id'>,
): void {
  stmt(
    db,
    `INSERT INTO center_meetings (id, title, starts_at, agenda, pulled_at)
     VALUES (@id, @title, @starts_at, @agenda, @pulled_at)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, starts_at = excluded.starts_at,
       agenda = excluded.agenda, pulled_at = excluded.pulled_at`,
  ).run(m);
}

export function listCenterMeetings(db: ReadableDB): CenterMeetingRow[] {
  return stmt(
    db,
    'SELECT * FROM center_meetings ORDER BY starts_at DESC, id',
  ).all() as CenterMeetingRow[];
}

export function centerMeeting(db: ReadableDB, id: string): CenterMeetingRow | undefined {
  return stmt(db, 'SELECT * FROM center_meetings WHERE id = ?').get(id) as
    CenterMeetingRow | undefined;
}

export function linkCenterMeeting(db: WritableDB, id: string, localMeetingId: string): void {
  stmt(db, 'UPDATE center_meetings SET local_meeting_id = ? WHERE id = ?').run(localMeetingId, id);
}

/** The center's id of a local meeting made from one it published; null otherwise. */
export function centerIdOf(db: ReadableDB, localMeetingId: string): string | null {
  return (
    (stmt(db, 'SELECT id FROM center_meetings WHERE local_meeting_id = ?')
      .pluck()
      .get(localMeetingId) as string | null | undefined) ?? null
  );
}
