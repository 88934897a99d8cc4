import { X509Certificate } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { CenterMeeting, OutboxEntry, SyncSettings } from '../../../shared/api/syncSchemas';
import { ReceiptView } from '../../../shared/api/syncSchemas';
import { isEnrolmentSecret } from '../../../shared/protocol/enrolmentFile';
import { checkCenterUrl } from '../../../shared/sync/centerUrl';
import type { ReadableDB } from '../db/handles';
import { getMeeting } from '../db/queries/meetings';
import * as q from '../db/queries/sync';
import { getProfile } from '../db/queries/profile';
import { defineHandlers } from '../handlerTypes';
import type { JobContext } from '../handlerTypes';
import { centerAccess, protectToken } from '../sync/access';
import { buildBundle } from '../sync/bundle';
import type { CenterAccess } from '../sync/centerClient';
import { API, reasonOf } from '../sync/centerClient';
import { HttpFailure } from '../sync/http';
import { buildEnrolmentFile } from '../sync/enrolmentFile';
import { ensurePointKey } from '../sync/pointKey';
import { createMeetingFromCenter, parseCenterMeetings, toCenterMeeting } from '../sync/meetings';
import { signRevision } from '../sync/payload';
import { readReceiptsFile } from '../sync/receiptsFile';
import { checkReceipt } from '../sync/receipts';

function settingsOf(db: ReadableDB): SyncSettings {
  const row = q.getSyncSettings(db);
  const url = row?.center_url ?? '';
  const check = url ? checkCenterUrl(url) : null;
  return {
    centerUrl: url,
    caSubject: row?.ca_pem ? caSubject(row.ca_pem) : null,
    urlWarning: check?.ok ? check.warning : null,
    pointCode: getProfile(db)?.pointCode ?? '',
    publicKey: row?.public_key ? row.public_key.toString('base64') : null,
    enrolledAt: row?.token ? row.enrolled_at : null,
    tokenProtection: row?.token ? row.token_protection : null,
  };
}

function caSubject(pem: string): string {
  try {
    return new X509Certificate(pem).subject.replace(/\n/g, ', ');
  } catch {
    return '?';
  }
}

function entryOf(db: ReadableDB, row: q.OutboxRow): OutboxEntry {
  const receipt = row.receipt ? ReceiptView.safeParse(JSON.parse(row.receipt)) : null;
  return {
    id: row.id,
    meetingId: row.meeting_id,
    meetingTitle: getMeeting(db, row.meeting_id)?.title ?? '',
    revision: row.revision,
    sha256: row.sha256,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    receipt: receipt?.success ? receipt.data : null,
    deliveredBy: row.delivered_by,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

function requireRow(db: ReadableDB, id: number): q.OutboxRow {
  const row = q.outboxRowById(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No outbox row ${id}`, { entity: 'outbox', id });
  return row;
}

function requirePointCode(db: ReadableDB): string {
  const pointCode = getProfile(db)?.pointCode ?? '';
  if (!pointCode) {
    throw new AppError('VALIDATION', 'The point has no code yet', {
      issues: [{ path: ['pointCode'], message: 'required' }],
    });
  }
  return pointCode;
}

/** Where to reach the center, or the reason it cannot be reached yet. */
function requireAccess(ctx: JobContext, needToken: boolean): CenterAccess {
  const access = centerAccess(ctx.db, ctx.platform.secrets);
  if (!access) throw new AppError('SYNC_NOT_CONFIGURED', 'No center address is set');
  if (needToken && !access.token) throw new AppError('SYNC_NOT_ENROLLED', 'Not enrolled');
  return access;
}

/** A network failure said so that the operator knows what to do about it. */
function networkError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HttpFailure) {
    if (err.kind === 'aborted') return new AppError('JOB_CANCELLED', 'Cancelled');
    if (err.kind === 'certificate') {
      return new AppError('CENTER_CERTIFICATE', err.message, { reason: err.message });
    }
    return new AppError('CENTER_UNREACHABLE', err.message, { reason: err.kind });
  }
  return new AppError('CENTER_UNREACHABLE', String(err));
}

export const syncHandlers = defineHandlers<'sync.'>({
  'sync.settings': (_input, ctx) => settingsOf(ctx.db),

  'sync.saveSettings': (input, tx) => {
    const check = checkCenterUrl(input.centerUrl);
    if (!check.ok) {
      throw new AppError('VALIDATION', `Center URL refused: ${check.reason}`, {
        issues: [{ path: ['centerUrl'], message: check.reason }],
      });
    }
    const before = q.getSyncSettings(tx.db);
    const given = input.caPem === undefined ? (before?.ca_pem ?? null) : input.caPem;
    const pem = given?.trim() ? given.trim() : null;
    if (pem !== null) {
      try {
        new X509Certificate(pem);
      } catch {
        throw new AppError('VALIDATION', 'Not a PEM certificate', {
          issues: [{ path: ['caPem'], message: 'not_a_certificate' }],
        });
      }
    }
    q.saveCenter(tx.db, check.url, pem, tx.at);
    // The token was given by the center at the old address; another center does not know it.
    if (before && before.center_url !== check.url && before.token) {
      q.saveToken(tx.db, null, null, tx.at);
    }
    if (!before || before.center_url !== check.url) {
      q.saveCenterState(tx.db, 'unknown', null, tx.at);
    }
    tx.changed('sync.changed', {});
    return settingsOf(tx.db);
  },

  'sync.enrol': async (input, ctx) => {
    const pointCode = requirePointCode(ctx.db);
    const access = requireAccess(ctx, false);
    const publicKey = ctx.write((tx) => ensurePointKey(tx.db, tx.at)).publicKey.toString('base64');
    let answer;
    try {
      answer = await ctx.sync
        .clientFor({ ...access, token: null })
        .call(API.enrol, 'POST', { pointCode, secret: input.secret.trim(), publicKey }, ctx.signal);
    } catch (err) {
      throw networkError(err);
    }
    if (answer.status === 401 || answer.status === 403) {
      throw new AppError('CENTER_REFUSED', reasonOf(answer), { reason: reasonOf(answer) });
    }
    const token = (answer.body as { token?: unknown } | null)?.token;
    if (answer.status !== 200 || typeof token !== 'string' || token.length === 0) {
      throw new AppError('CENTER_ERROR', reasonOf(answer), { reason: reasonOf(answer) });
    }
    const kept = protectToken(token, ctx.platform.secrets);
    return ctx.write((tx) => {
      q.saveToken(tx.db, kept.blob, kept.protection, tx.at);
      q.saveCenterState(tx.db, 'online', null, tx.at);
      // Rows that waited for a token go now, not after their backoff.
      q.makeAllDue(tx.db, tx.at);
      tx.changed('sync.changed', {});
      tx.afterCommit('sync.wake');
      return settingsOf(tx.db);
    });
  },

  'sync.exportEnrolment': (input, tx) => {
    const pointCode = requirePointCode(tx.db);
    const secret = input.secret.trim();
    // Checked here: the operator learns of a mistyped secret now, not after the trip.
    if (!isEnrolmentSecret(secret)) {
      throw new AppError('VALIDATION', 'Not an enrolment secret', {
        issues: [{ path: ['secret'], message: 'not_a_secret' }],
      });
    }
    const hadKey = !!q.getSyncSettings(tx.db)?.public_key;
    const { publicKey } = ensurePointKey(tx.db, tx.at);
    if (!hadKey) tx.changed('sync.changed', {});
    const file = buildEnrolmentFile(pointCode, secret, publicKey, new Date(tx.at));
    return {
      fileName: file.fileName,
      mimeType: 'application/json',
      dataBase64: file.bytes.toString('base64'),
      rows: 1,
    };
  },

  'sync.send': (input, tx) => {
    const existing = q.outboxRow(tx.db, input.meetingId, input.revision);
    if (existing) return entryOf(tx.db, existing);
    const signed = signRevision(tx.db, input.meetingId, input.revision, {
      appVersion: tx.version,
      generatedAt: tx.at,
    });
    q.insertOutbox(
      tx.db,
      {
        meeting_id: input.meetingId,
        revision: input.revision,
        payload: signed.payload,
        signature: signed.signature,
        sha256: signed.sha256,
      },
      tx.at,
    );
    tx.changed('sync.changed', {});
    tx.afterCommit('sync.wake');
    return entryOf(tx.db, q.outboxRow(tx.db, input.meetingId, input.revision)!);
  },

  'sync.status': (_input, ctx) => {
    const row = q.getSyncSettings(ctx.db);
    return {
      configured: !!row?.center_url,
      enrolled: !!row?.token,
      center: {
        state: row?.center_state ?? 'unknown',
        checkedAt: row?.center_checked_at ?? null,
        error: row?.center_error ?? null,
      },
      pending: q.countInState(ctx.db, 'pending'),
      nextAttemptAt: q.nextDueAt(ctx.db),
      lastSentAt: q.lastSentAt(ctx.db),
      failed: q.rowsInState(ctx.db, 'failed').map((r) => entryOf(ctx.db, r)),
      recent: q.recentSent(ctx.db, 10).map((r) => entryOf(ctx.db, r)),
    };
  },

  'sync.outbox': (input, ctx) => ({
    entries: q.outboxOfMeeting(ctx.db, input.meetingId).map((r) => entryOf(ctx.db, r)),
  }),

  'sync.now': async (_input, ctx) => {
    requireAccess(ctx, true);
    // The operator asks for a try now: the rows' own backoff is set aside, as the center's is,
    // so "nothing left to send" is only said when nothing is pending.
    ctx.write((tx) => q.makeAllDue(tx.db, tx.at));
    return ctx.sync.drainNow();
  },

  'sync.retry': (input, tx) => {
    const row = requireRow(tx.db, input.id);
    if (!q.requeue(tx.db, row.id, tx.at)) {
      throw new AppError('CONFLICT', `Row ${row.id} is ${row.state}`, { state: row.state });
    }
    tx.changed('sync.changed', {});
    tx.afterCommit('sync.wake');
    return entryOf(tx.db, requireRow(tx.db, row.id));
  },

  'sync.dismiss': (input, tx) => {
    const row = requireRow(tx.db, input.id);
    if (!q.dismiss(tx.db, row.id)) {
      throw new AppError('CONFLICT', `Row ${row.id} is ${row.state}`, { state: row.state });
    }
    tx.changed('sync.changed', {});
    return entryOf(tx.db, requireRow(tx.db, row.id));
  },

  'sync.exportBundle': async (_input, ctx) => {
    const pointCode = getProfile(ctx.db)?.pointCode ?? '';
    const rows = q.rowsInState(ctx.db, 'pending');
    const file = buildBundle(pointCode, rows, ctx.now());
    return {
      fileName: file.fileName,
      mimeType: 'application/json',
      dataBase64: file.bytes.toString('base64'),
      rows: rows.length,
    };
  },

  'sync.importReceipts': (input, tx) => {
    const pointCode = getProfile(tx.db)?.pointCode ?? '';
    const receipts = readReceiptsFile(Buffer.from(input.dataBase64, 'base64'));
    let delivered = 0;
    let already = 0;
    let unmatched = 0;
    for (const raw of receipts) {
      const r = ReceiptView.safeParse(raw);
      const row = r.success ? q.outboxRow(tx.db, r.data.reportId, r.data.revision) : undefined;
      const checked = row ? checkReceipt(raw, row, pointCode) : null;
      if (!row || !checked?.ok) unmatched++;
      else if (row.state === 'sent') already++;
      else if (q.markSent(tx.db, row.id, checked.json, 'receipts_file', tx.at)) delivered++;
    }
    if (delivered > 0) tx.changed('sync.changed', {});
    return { delivered, already, unmatched };
  },

  'sync.centerMeetings': (_input, ctx) => ({
    meetings: q.listCenterMeetings(ctx.db).map(toCenterMeeting),
  }),

  'sync.pullMeetings': async (_input, ctx) => {
    const access = requireAccess(ctx, true);
    let answer;
    try {
      answer = await ctx.sync.clientFor(access).call(API.meetings, 'GET', undefined, ctx.signal);
    } catch (err) {
      throw networkError(err);
    }
    if (answer.status === 401 || answer.status === 403) {
      ctx.write((tx) => {
        q.saveCenterState(tx.db, 'unauthorized', reasonOf(answer), tx.at);
        tx.changed('sync.changed', {});
      });
      throw new AppError('SYNC_NOT_ENROLLED', reasonOf(answer));
    }
    if (answer.status !== 200) {
      throw new AppError('CENTER_ERROR', reasonOf(answer), { reason: reasonOf(answer) });
    }
    const published = parseCenterMeetings(answer.body);
    const meetings: CenterMeeting[] = ctx.write((tx) => {
      for (const m of published) q.upsertCenterMeeting(tx.db, { ...m, pulled_at: tx.at });
      q.saveCenterState(tx.db, 'online', null, tx.at);
      tx.changed('sync.changed', {});
      return q.listCenterMeetings(tx.db).map(toCenterMeeting);
    });
    return { meetings };
  },

  'sync.createMeeting': (input, tx) => createMeetingFromCenter(tx, input.centerMeetingId),
});
