import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCenter } from '../../../center/app';
import type { RateLimits } from '../../../center/app';
import { createMeeting } from '../../../center/meetings';
import {
  addPoint,
  enrolPointByFile,
  enrolledPoint,
  revokePoint,
  rotatePoint,
} from '../../../center/points';
import { importBundle } from '../../../center/revisions';
import type { TestDatabase } from '../../../center/testing/database';
import { TEST_DIALECTS, openTestDatabase } from '../../../center/testing/database';
import { bundleSchema, receiptsFileSchema, RECEIPTS_FORMAT } from '../../../shared/protocol/bundle';
import { enrolmentFileSchema } from '../../../shared/protocol/enrolmentFile';
import { API_ROUTES } from '../../../shared/protocol/routes';
import type { FaultyProxy } from '../testing/faultyProxy';
import { startFaultyProxy } from '../testing/faultyProxy';
import type { Harness } from '../testing/harness';
import { call, callAsync, failAsync, fixedClock, start, tmpDir } from '../testing/harness';
import { POINT_CODE, finalizedReport, nextRevision } from './testing';

/**
 * The desktop's sync against the real center (center/app.ts) on loopback, through a proxy that
 * injects the faults. Each fault test ends with the center holding exactly one copy of every
 * revision sent and the desktop's outbox empty.
 */
describe.each(TEST_DIALECTS)('the outbox drained into the real center on %s', (dialect) => {
  let database: TestDatabase;
  let center: FastifyInstance;
  let proxy: FaultyProxy;
  const closers: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  async function setUp(options: { timeoutMs?: number; rateLimits?: RateLimits } = {}) {
    database = await openTestDatabase(dialect);
    center = await buildCenter({
      db: database.db,
      logger: false,
      rateLimits: options.rateLimits ?? false,
    });
    const url = await center.listen({ host: '127.0.0.1', port: 0 });
    proxy = await startFaultyProxy(url);
    closers.push(() => database.dispose());
    closers.push(() => center.close());
    closers.push(() => proxy.close());
    const seed = { n: 123_456_789 };
    const random = () => {
      // A fixed sequence in [0, 1): the backoff is reproducible.
      seed.n = (seed.n * 16807) % 2147483647;
      return seed.n / 2147483647;
    };
    const dataDir = tmpDir();
    const clock = fixedClock();
    const h = start(dataDir, clock, {
      sync: { autoDrain: false, random, timeoutMs: options.timeoutMs ?? 3_000 },
    });
    call(h, 'profile.save', {
      pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
      provinceCode: 'thanh-hoa',
      bodyKind: 'party',
      placeName: 'Thanh Hóa',
      operatorName: 'Lê Văn Cường',
      pointCode: POINT_CODE,
    });
    call(h, 'sync.saveSettings', { centerUrl: proxy.url });
    const { secret } = await addPoint(database.db, POINT_CODE, 'Điểm cầu Tỉnh ủy Thanh Hóa');
    await callAsync(h, 'sync.enrol', { secret });
    return h;
  }

  const storedRevisions = async () =>
    (
      await database.db
        .selectFrom('reports')
        .select(['report_id', 'revision'])
        .orderBy('report_id')
        .orderBy('revision')
        .execute()
    ).map((r) => `${r.report_id}#${r.revision}`);

  const drain = (h: Harness) => h.core.sync!.drainNow();

  async function expectAllDelivered(h: Harness, expected: string[]) {
    expect(await storedRevisions()).toEqual([...expected].sort());
    const status = call(h, 'sync.status', {});
    expect(status.pending).toBe(0);
    expect(status.failed).toEqual([]);
  }

  it('enrols, sends a finalized report and keeps the center’s receipt', async () => {
    const h = await setUp();
    expect(call(h, 'sync.settings', {})).toMatchObject({
      enrolledAt: expect.any(String),
      tokenProtection: 'plain',
      urlWarning: 'plain_http_lan',
    });
    const m = finalizedReport(h);
    const queued = call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect(queued.state).toBe('pending');
    expect(await drain(h)).toEqual({ sent: 1, failed: 0, stoppedBy: null });
    const [entry] = call(h, 'sync.outbox', { meetingId: m.id }).entries;
    expect(entry).toMatchObject({
      state: 'sent',
      deliveredBy: 'network',
      receipt: {
        pointCode: POINT_CODE,
        reportId: m.id,
        revision: 1,
        sha256: queued.sha256,
        outcome: 'stored',
      },
    });
    expect(call(h, 'sync.status', {})).toMatchObject({
      center: { state: 'online' },
      pending: 0,
      lastSentAt: expect.any(String),
    });
    await expectAllDelivered(h, [`${m.id}#1`]);
  });

  it('center down, then up: the row waits with its backoff and goes once the center answers', async () => {
    const h = await setUp();
    const m = finalizedReport(h);
    proxy.mode = 'down';
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect((await drain(h)).stoppedBy).toBe('unreachable');
    const waiting = call(h, 'sync.status', {});
    expect(waiting).toMatchObject({ center: { state: 'offline' }, pending: 1 });
    expect(call(h, 'sync.outbox', { meetingId: m.id }).entries[0]).toMatchObject({
      attempts: 1,
      lastError: expect.stringContaining('unreachable'),
    });
    proxy.mode = 'forward';
    // Not due yet: a pass before the row's backoff has run out sends nothing.
    const { nextAttemptAt } = call(h, 'sync.outbox', { meetingId: m.id }).entries[0]!;
    expect(Date.parse(nextAttemptAt)).toBeGreaterThan(h.clock.now().getTime());
    expect(await drain(h)).toEqual({ sent: 0, failed: 0, stoppedBy: null });
    h.clock.advance(10 * 60_000 + 1);
    expect(await drain(h)).toEqual({ sent: 1, failed: 0, stoppedBy: null });
    await expectAllDelivered(h, [`${m.id}#1`]);
  });

  it('"Đồng bộ ngay" tries a row at once, whatever its backoff says', async () => {
    const h = await setUp();
    const m = finalizedReport(h);
    proxy.mode = 'down';
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect((await callAsync(h, 'sync.now', {})).stoppedBy).toBe('unreachable');
    const { nextAttemptAt } = call(h, 'sync.outbox', { meetingId: m.id }).entries[0]!;
    expect(Date.parse(nextAttemptAt)).toBeGreaterThan(h.clock.now().getTime());
    proxy.mode = 'forward';
    // Not "nothing left to send" while a row waits out its backoff: the operator's try is now.
    expect(await callAsync(h, 'sync.now', {})).toEqual({ sent: 1, failed: 0, stoppedBy: null });
    await expectAllDelivered(h, [`${m.id}#1`]);
  });

  it('500s, timeouts and a cut upload are retried until the center takes the revision', async () => {
    const h = await setUp({ timeoutMs: 300 });
    const m = finalizedReport(h);
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    for (const mode of ['error500', 'hang', 'cutUpload'] as const) {
      proxy.mode = mode;
      expect((await drain(h)).stoppedBy, mode).toBe('unreachable');
      h.clock.advance(10 * 60_000 + 1);
    }
    expect(call(h, 'sync.outbox', { meetingId: m.id }).entries[0]!.attempts).toBe(3);
    proxy.mode = 'forward';
    expect((await drain(h)).sent).toBe(1);
    await expectAllDelivered(h, [`${m.id}#1`]);
  });

  it('a busy center’s Retry-After: the row waits at least that long before it is tried again', async () => {
    // One request per token a minute: the first revision goes, the second meets 429.
    const h = await setUp({
      rateLimits: { perAddress: 1_000, perToken: 1, enrol: 10, windowMs: 60_000 },
    });
    const m = finalizedReport(h);
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect(await drain(h)).toEqual({ sent: 1, failed: 0, stoppedBy: null });
    const second = nextRevision(h, m);
    call(h, 'sync.send', { meetingId: m.id, revision: second });
    expect((await drain(h)).stoppedBy).toBe('unreachable');
    const entry = call(h, 'sync.outbox', { meetingId: m.id }).entries.find(
      (e) => e.revision === second,
    )!;
    expect(entry).toMatchObject({ state: 'pending', lastError: expect.stringContaining('429') });
    // Backoff alone would try again within 2 s; the center asked for the rest of its minute.
    expect(Date.parse(entry.nextAttemptAt) - h.clock.now().getTime()).toBeGreaterThanOrEqual(
      50_000,
    );
    expect(await drain(h)).toEqual({ sent: 0, failed: 0, stoppedBy: null });
    expect(await storedRevisions()).toEqual([`${m.id}#1`]);
  });

  it('the center committed but the answer was lost: the retry is answered as a duplicate', async () => {
    const h = await setUp();
    const m = finalizedReport(h);
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    proxy.mode = 'dropAnswer';
    expect((await drain(h)).stoppedBy).toBe('unreachable');
    expect(await storedRevisions()).toEqual([`${m.id}#1`]);
    proxy.mode = 'forward';
    h.clock.advance(10 * 60_000 + 1);
    expect((await drain(h)).sent).toBe(1);
    expect(call(h, 'sync.outbox', { meetingId: m.id }).entries[0]!.receipt?.outcome).toBe(
      'duplicate',
    );
    await expectAllDelivered(h, [`${m.id}#1`]);
  });

  it('resumes after a restart of the desktop', async () => {
    const h = await setUp();
    const m = finalizedReport(h);
    proxy.mode = 'down';
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    await drain(h);
    await h.core.close();
    proxy.mode = 'forward';
    const again = start(h.dataDir, h.clock, { sync: { autoDrain: false } });
    h.clock.advance(10 * 60_000 + 1);
    expect((await again.core.sync!.drainNow()).sent).toBe(1);
    await expectAllDelivered(again, [`${m.id}#1`]);
  });

  it('a revoked token stops draining and asks to enrol again; after it, the rows go', async () => {
    const h = await setUp();
    const m = finalizedReport(h);
    await revokePoint(database.db, POINT_CODE);
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect((await drain(h)).stoppedBy).toBe('unauthorized');
    expect(call(h, 'sync.status', {})).toMatchObject({
      center: { state: 'unauthorized' },
      pending: 1,
      failed: [],
    });
    expect(call(h, 'sync.outbox', { meetingId: m.id }).entries[0]!.attempts).toBe(0);
    const { secret } = await rotatePoint(database.db, POINT_CODE);
    await callAsync(h, 'sync.enrol', { secret });
    expect((await drain(h)).sent).toBe(1);
    await expectAllDelivered(h, [`${m.id}#1`]);
  });

  it('says a wrong secret and an unreachable center in their own words', async () => {
    const h = await setUp();
    expect(await failAsync(h, 'sync.enrol', { secret: 'x'.repeat(43) })).toMatchObject({
      code: 'CENTER_REFUSED',
    });
    proxy.mode = 'down';
    expect(await failAsync(h, 'sync.enrol', { secret: 'x'.repeat(43) })).toMatchObject({
      code: 'CENTER_UNREACHABLE',
    });
  });

  it('sends revisions in any order: an older one after a newer is acknowledged, not stored', async () => {
    const h = await setUp();
    const m = finalizedReport(h);
    const second = nextRevision(h, m);
    call(h, 'sync.send', { meetingId: m.id, revision: second });
    expect((await drain(h)).sent).toBe(1);
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    expect((await drain(h)).sent).toBe(1);
    const entries = call(h, 'sync.outbox', { meetingId: m.id }).entries;
    expect(entries.map((e) => [e.revision, e.state, e.receipt?.outcome])).toEqual([
      [2, 'sent', 'stored'],
      [1, 'sent', 'superseded'],
    ]);
    expect(call(h, 'sync.status', {}).pending).toBe(0);
  });

  it('pulls the published meetings and makes one here, whose report names the center’s id', async () => {
    const h = await setUp();
    const published = await createMeeting(database.db, {
      title: 'Hội nghị toàn quốc quán triệt Nghị quyết',
      startsAt: '2026-12-01T01:30:00.000Z',
      agenda: ['Khai mạc', 'Quán triệt Nghị quyết'],
    });
    const { meetings } = await callAsync(h, 'sync.pullMeetings', {});
    expect(meetings).toEqual([
      expect.objectContaining({
        id: published.id,
        date: '2026-12-01',
        startTime: '08:30',
        localMeetingId: null,
      }),
    ]);
    const made = call(h, 'sync.createMeeting', { centerMeetingId: published.id });
    expect(made).toMatchObject({ title: published.title, date: '2026-12-01', startTime: '08:30' });
    expect(made.agenda.map((a) => a.title)).toEqual(['Khai mạc', 'Quán triệt Nghị quyết']);
    // Asked again, the same meeting: never two local copies of one published meeting.
    expect(call(h, 'sync.createMeeting', { centerMeetingId: published.id }).id).toBe(made.id);
    const { content } = call(h, 'reports.draft', { meetingId: made.id });
    call(h, 'reports.save', { meetingId: made.id, content, baseRevision: null });
    call(h, 'reports.finalize', { meetingId: made.id, revision: 1 });
    call(h, 'sync.send', { meetingId: made.id, revision: 1 });
    expect((await drain(h)).sent).toBe(1);
    const stored = await database.db
      .selectFrom('reports')
      .select(['center_meeting_id', 'local_meeting_id'])
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ center_meeting_id: published.id, local_meeting_id: made.id });
  });

  it('carries the pending revisions on a bundle file and marks them by the receipts file', async () => {
    const h = await setUp();
    const a = finalizedReport(h, 'Hội nghị A');
    const b = finalizedReport(h, 'Hội nghị B');
    call(h, 'sync.send', { meetingId: a.id, revision: 1 });
    call(h, 'sync.send', { meetingId: b.id, revision: 1 });
    const file = await callAsync(h, 'sync.exportBundle', {});
    expect(file.rows).toBe(2);
    const bundle = bundleSchema.parse(
      JSON.parse(Buffer.from(file.dataBase64, 'base64').toString()),
    );
    const answer = await fetch(proxy.url + API_ROUTES.bundles, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(bundle),
    });
    expect(answer.status).toBe(200);
    const receipts = receiptsFileSchema.parse(await answer.json());
    expect(receipts.format).toBe(RECEIPTS_FORMAT);
    const dataBase64 = Buffer.from(JSON.stringify(receipts)).toString('base64');
    expect(call(h, 'sync.importReceipts', { dataBase64 })).toEqual({
      delivered: 2,
      already: 0,
      unmatched: 0,
    });
    expect(call(h, 'sync.importReceipts', { dataBase64 })).toEqual({
      delivered: 0,
      already: 2,
      unmatched: 0,
    });
    await expectAllDelivered(h, [`${a.id}#1`, `${b.id}#1`]);
    expect(call(h, 'sync.status', {}).recent.map((e) => e.deliveredBy)).toEqual([
      'receipts_file',
      'receipts_file',
    ]);
  });
  it('a point that never had a network: enrols by file, carries its bundle, imports the receipts', async () => {
    database = await openTestDatabase(dialect);
    closers.push(() => database.dispose());
    const h = start(tmpDir(), fixedClock(), { sync: { autoDrain: false } });
    const m = finalizedReport(h);
    // No center address at all: the report is signed and queued all the same.
    call(h, 'sync.send', { meetingId: m.id, revision: 1 });
    const { secret } = await addPoint(database.db, POINT_CODE, 'Điểm cầu Tỉnh ủy Thanh Hóa');
    const enrolment = enrolmentFileSchema.parse(
      JSON.parse(
        Buffer.from(
          call(h, 'sync.exportEnrolment', { secret: ` ${secret} ` }).dataBase64,
          'base64',
        ).toString(),
      ),
    );
    expect(enrolment).toMatchObject({ pointCode: POINT_CODE, secret });
    expect(enrolment.publicKey).toBe(call(h, 'sync.settings', {}).publicKey);
    const bundle = bundleSchema.parse(
      JSON.parse(
        Buffer.from((await callAsync(h, 'sync.exportBundle', {})).dataBase64, 'base64').toString(),
      ),
    );
    // Before the enrolment file is used the center has no key to check the bundle with.
    await expect(enrolledPoint(database.db, POINT_CODE)).rejects.toThrow();
    await enrolPointByFile(database.db, enrolment);
    // The file is spent: a copy of it cannot enrol another key.
    await expect(enrolPointByFile(database.db, enrolment)).rejects.toThrow(/wrong secret/);
    const receipts = await importBundle(
      database.db,
      await enrolledPoint(database.db, POINT_CODE),
      bundle,
    );
    expect(receipts.map((r) => r.outcome)).toEqual(['stored']);
    const file = { format: RECEIPTS_FORMAT, version: 1, receipts };
    expect(
      call(h, 'sync.importReceipts', {
        dataBase64: Buffer.from(JSON.stringify(file)).toString('base64'),
      }),
    ).toEqual({ delivered: 1, already: 0, unmatched: 0 });
    await expectAllDelivered(h, [`${m.id}#1`]);
  });
});
