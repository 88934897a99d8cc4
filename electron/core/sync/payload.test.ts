import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../shared/protocol/canonicalJson';
import { reportRevisionPayloadSchema } from '../../../shared/protocol/report';
import { readable } from '../db/handles';
import { outboxRow } from '../db/queries/sync';
import { call, fail, rows, start } from '../testing/harness';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import path from 'node:path';
import { DB_FILE } from '../db/open';
import { verifyBytes } from './keys';
import { buildPayload } from './payload';
import { POINT_CODE, finalizedReport } from './testing';

/** The data file read through a second, read-only connection (the core keeps its own). */
function openFile(dataDir: string) {
  return new Database(path.join(dataDir, DB_FILE), { readonly: true });
}

describe('the signed report revision', () => {
  it('is built from the finalized revision and the attendance, and fits the protocol', () => {
    const h = start();
    const m = finalizedReport(h);
    const db = openFile(h.dataDir);
    try {
      const payload = buildPayload(readable(db), m.id, 1, {
        appVersion: 'test',
        generatedAt: h.clock.iso(),
      });
      expect(reportRevisionPayloadSchema.parse(payload)).toEqual(payload);
      expect(payload).toMatchObject({
        protocol: 1,
        pointCode: POINT_CODE,
        reportId: m.id,
        revision: 1,
        meeting: { centerMeetingId: null, localId: m.id, startsAt: '2025-03-12T01:00:00.000Z' },
      });
      expect(payload.attendance.list.map((e) => [e.order, e.name, e.status, e.note])).toEqual([
        [1, 'Đỗ Trọng Hưng', 'present', ''],
        [2, 'Hoàng Văn Nam', 'absent_excused', 'Ốm'],
      ]);
      expect(payload.attendance.byStatus.present).toBe(1);
      expect(payload.recommendations).toEqual(['Đề nghị hỗ trợ vốn']);
      expect(payload.incidents).toEqual([expect.objectContaining({ kind: 'sound' })]);
      expect(payload.speeches).toHaveLength(1);
      expect(payload.summary).toMatch(/^# /);
      expect(payload.summary).toContain('Đề nghị hỗ trợ vốn');
    } finally {
      db.close();
    }
  });

  it('is stored as the exact canonical bytes, signed by the point’s key, hashed for the receipt', () => {
    const h = start();
    const m = finalizedReport(h);
    const entry = call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    const db = openFile(h.dataDir);
    try {
      const row = outboxRow(readable(db), m.id, 1)!;
      const parsed = JSON.parse(row.payload.toString('utf8')) as unknown;
      // Canonical: serialising the parsed value again gives the same bytes.
      expect(Buffer.from(canonicalize(parsed), 'utf8').equals(row.payload)).toBe(true);
      expect(reportRevisionPayloadSchema.safeParse(parsed).success).toBe(true);
      const publicKey = Buffer.from(call(h, 'sync.settings', {}).publicKey!, 'base64');
      expect(publicKey).toHaveLength(32);
      expect(verifyBytes(publicKey, row.payload, row.signature)).toBe(true);
      // One byte changed and the signature no longer holds.
      const tampered = Buffer.from(row.payload);
      tampered[10] = tampered[10]! ^ 1;
      expect(verifyBytes(publicKey, tampered, row.signature)).toBe(false);
      expect(entry.sha256).toBe(createHash('sha256').update(row.payload).digest('hex'));
    } finally {
      db.close();
    }
  });

  it('refuses a revision that is not finalized, and writes nothing', () => {
    const h = start();
    const m = finalizedReport(h);
    const current = call(h, 'reports.get', { meetingId: m.id, revision: 1 });
    call(h, 'reports.save', {
      meetingId: m.id,
      content: { ...current.content, remarks: 'Chưa chốt' },
      baseRevision: 1,
    });
    expect(fail(h, 'sync.send', { meetingId: m.id, revision: 2 })).toMatchObject({
      code: 'REPORT_NOT_FINALIZED',
    });
    expect(fail(h, 'sync.send', { meetingId: m.id, revision: 9 })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(rows(h, 'sync_outbox')).toBe(0);
  });
});
