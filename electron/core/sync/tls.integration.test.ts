import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCenter } from '../../../center/app';
import { addPoint } from '../../../center/points';
import type { TestDatabase } from '../../../center/testing/database';
import { openTestDatabase } from '../../../center/testing/database';
import { TEST_TLS } from '../../../center/testing/tls';
import { call, callAsync, failAsync, start } from '../testing/harness';
import { POINT_CODE, finalizedReport } from './testing';

/**
 * The private PKI the settings offer: the real center serving HTTPS with a certificate from a
 * CA no system trusts. With that CA given, enrolment and sending work; without it, or with
 * another CA, the point says it is the certificate, not the network.
 */
describe('the center over HTTPS with a private CA', () => {
  let database: TestDatabase;
  let center: FastifyInstance;
  afterEach(async () => {
    await center.close();
    await database.dispose();
  });

  async function setUp() {
    database = await openTestDatabase('sqlite');
    center = await buildCenter({
      db: database.db,
      logger: false,
      rateLimits: false,
      tls: { cert: TEST_TLS.serverCertPem, key: TEST_TLS.serverKeyPem },
    });
    const url = await center.listen({ host: '127.0.0.1', port: 0 });
    expect(url).toMatch(/^https:/);
    const { secret } = await addPoint(database.db, POINT_CODE, 'Điểm cầu Tỉnh ủy Thanh Hóa');
    const h = start(undefined, undefined, { sync: { autoDrain: false } });
    const m = finalizedReport(h);
    return { h, m, url, secret };
  }

  it('enrols and sends when the CA is given', async () => {
    const { h, m, url, secret } = await setUp();
    const saved = call(h, 'sync.saveSettings', { centerUrl: url, caPem: TEST_TLS.caPem });
    expect(saved.caSubject).toContain('Diem Cau test CA');
    await callAsync(h, 'sync.enrol', { secret });
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect(await h.core.sync!.drainNow()).toEqual({ sent: 1, failed: 0, stoppedBy: null });
    const stored = await database.db.selectFrom('reports').select('report_id').execute();
    expect(stored).toEqual([{ report_id: m.id }]);
  });

  it('says it is the certificate, without the CA or with another one', async () => {
    const { h, url, secret } = await setUp();
    call(h, 'sync.saveSettings', { centerUrl: url, caPem: null });
    expect(await failAsync(h, 'sync.enrol', { secret })).toMatchObject({
      code: 'CENTER_CERTIFICATE',
    });
    call(h, 'sync.saveSettings', { centerUrl: url, caPem: TEST_TLS.otherCaPem });
    expect(await failAsync(h, 'sync.enrol', { secret })).toMatchObject({
      code: 'CENTER_CERTIFICATE',
    });
    // Nothing was consumed at the center: the right CA still enrols with the same secret.
    call(h, 'sync.saveSettings', { centerUrl: url, caPem: TEST_TLS.caPem });
    await callAsync(h, 'sync.enrol', { secret });
    expect(call(h, 'sync.settings', {}).enrolledAt).not.toBeNull();
  });
});
