import { describe, expect, it } from 'vitest';
import { call, fail, failAsync, rows, start } from '../testing/harness';
import { finalizedReport } from '../sync/testing';

describe('sync settings', () => {
  it('takes an HTTPS address, and plain HTTP on a local network with a warning', () => {
    const h = start();
    expect(call(h, 'sync.saveSettings', { centerUrl: 'https://tw.example.vn/' })).toMatchObject({
      centerUrl: 'https://tw.example.vn',
      urlWarning: null,
      caSubject: null,
      enrolledAt: null,
    });
    expect(call(h, 'sync.saveSettings', { centerUrl: 'http://192.168.1.5:8080' })).toMatchObject({
      urlWarning: 'plain_http_lan',
    });
  });

  it('refuses plain HTTP over the internet and a CA that is not a certificate, saving nothing', () => {
    const h = start();
    call(h, 'sync.saveSettings', { centerUrl: 'https://tw.example.vn' });
    expect(fail(h, 'sync.saveSettings', { centerUrl: 'http://tw.example.vn' })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['centerUrl'], message: 'plain_http_public' }] },
    });
    expect(
      fail(h, 'sync.saveSettings', {
        centerUrl: 'https://other.example.vn',
        caPem: '-----BEGIN CERTIFICATE-----\nnot really\n-----END CERTIFICATE-----',
      }),
    ).toMatchObject({ details: { issues: [{ path: ['caPem'], message: 'not_a_certificate' }] } });
    expect(call(h, 'sync.settings', {}).centerUrl).toBe('https://tw.example.vn');
  });
});

describe('the outbox through the API', () => {
  it('queues a finalized revision once, in one write with its signature', () => {
    const h = start();
    const m = finalizedReport(h);
    h.events.length = 0;
    const first = call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect(first).toMatchObject({ state: 'pending', attempts: 0, receipt: null, revision: 1 });
    expect(h.events).toContainEqual(['sync.changed', {}]);
    // Pressing the button again changes nothing.
    expect(call(h, 'sync.send', { meetingId: m.id, revision: 1 })).toEqual(first);
    expect(rows(h, 'sync_outbox')).toBe(1);
    expect(call(h, 'sync.status', {})).toMatchObject({
      configured: false,
      enrolled: false,
      pending: 1,
      failed: [],
      center: { state: 'unknown' },
    });
  });

  it('retries or dismisses only a failed row', () => {
    const h = start();
    const m = finalizedReport(h);
    const entry = call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect(fail(h, 'sync.retry', { id: entry.id })).toMatchObject({ code: 'CONFLICT' });
    expect(fail(h, 'sync.dismiss', { id: entry.id })).toMatchObject({ code: 'CONFLICT' });
    expect(fail(h, 'sync.retry', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a receipts file that is not one, marking nothing', () => {
    const h = start();
    const m = finalizedReport(h);
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    const bad = Buffer.from('{"format":"diemcau-receipts","version":1}').toString('base64');
    expect(fail(h, 'sync.importReceipts', { dataBase64: bad })).toMatchObject({
      code: 'SYNC_FILE_INVALID',
    });
    const other = Buffer.from(
      JSON.stringify({
        format: 'diemcau-receipts',
        version: 1,
        receipts: [
          {
            pointCode: 'TH-01',
            reportId: m.id,
            revision: 1,
            sha256: '0'.repeat(64),
            storedAt: '2025-03-10T02:00:00.000Z',
            outcome: 'stored',
          },
        ],
      }),
    ).toString('base64');
    // A receipt whose hash is not of the bytes this point signed does not count.
    expect(call(h, 'sync.importReceipts', { dataBase64: other })).toEqual({
      delivered: 0,
      already: 0,
      unmatched: 1,
    });
    expect(call(h, 'sync.status', {}).pending).toBe(1);
  });

  it('needs a center address and an enrolment before it tries the center', async () => {
    const h = start();
    expect(await failAsync(h, 'sync.now', {})).toMatchObject({ code: 'SYNC_NOT_CONFIGURED' });
    call(h, 'sync.saveSettings', { centerUrl: 'https://tw.example.vn' });
    expect(await failAsync(h, 'sync.now', {})).toMatchObject({ code: 'SYNC_NOT_ENROLLED' });
    expect(await failAsync(h, 'sync.pullMeetings', {})).toMatchObject({
      code: 'SYNC_NOT_ENROLLED',
    });
  });
});

describe('enrolment by file', () => {
  it('refuses a mistyped secret and a point with no code, making no key', () => {
    const h = start();
    expect(fail(h, 'sync.exportEnrolment', { secret: 'abc' })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['pointCode'], message: 'required' }] },
    });
    finalizedReport(h);
    const before = call(h, 'sync.settings', {}).publicKey;
    for (const secret of ['abc', 'có dấu không phải mã đăng ký', 'x'.repeat(200)]) {
      expect(fail(h, 'sync.exportEnrolment', { secret })).toMatchObject({
        code: 'VALIDATION',
        details: { issues: [{ path: ['secret'], message: 'not_a_secret' }] },
      });
    }
    expect(call(h, 'sync.settings', {}).publicKey).toBe(before);
  });

  it('writes the point code, the trimmed secret and the key every send uses', () => {
    const h = start();
    const m = finalizedReport(h);
    const secret = 'Q2xhc3NpZmllZC1zZWNyZXQtZm9yLXRlc3Rz_01';
    const exported = call(h, 'sync.exportEnrolment', { secret: `  ${secret}\n` });
    expect(exported).toMatchObject({ fileName: 'diemcau-dang-ky-TH-01.json', rows: 1 });
    const file = JSON.parse(Buffer.from(exported.dataBase64, 'base64').toString()) as Record<
      string,
      unknown
    >;
    const { publicKey } = call(h, 'sync.settings', {});
    expect(file).toMatchObject({
      format: 'diemcau-enrolment',
      version: 1,
      pointCode: 'TH-01',
      secret,
      publicKey,
    });
    // The revisions signed afterwards are signed with that key.
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect(call(h, 'sync.settings', {}).publicKey).toBe(publicKey);
    const again = call(h, 'sync.exportEnrolment', { secret }).dataBase64;
    expect(JSON.parse(Buffer.from(again, 'base64').toString())).toMatchObject({ publicKey });
  });
});
