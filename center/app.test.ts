import crypto from 'node:crypto';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptsFileSchema } from '../shared/protocol/bundle';
import { canonicalize } from '../shared/protocol/canonicalJson';
import { receiptSchema } from '../shared/protocol/receipt';
import { API_ROUTES, errorBodySchema, meetingsResponseSchema } from '../shared/protocol/routes';
import { buildCenter } from './app';
import { sha256Hex } from './crypto';
import { createMeeting } from './meetings';
import { addPoint, listPoints, revokePoint, rotatePoint } from './points';
import type { TestDatabase } from './testing/database';
import { openTestDatabase, TEST_DIALECTS } from './testing/database';
import { post, signBytes, SimulatedPoint } from './testing/point';

describe.each(TEST_DIALECTS)('center on %s (loopback)', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    app = await buildCenter({ db: database.db, logger: false });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await app.close();
    await database.dispose();
  });

  async function enrolled(code = 'DL-01'): Promise<SimulatedPoint> {
    const { secret } = await addPoint(database.db, code, `Điểm cầu ${code}`);
    const point = new SimulatedPoint(url, code);
    expect((await point.enrol(secret)).status).toBe(200);
    return point;
  }

  const storedCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('reports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function expectError(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe(code);
  }

  it('answers health', async () => {
    const response = await fetch(`${url}${API_ROUTES.health}`);
    expect(await response.json()).toEqual({ ok: true, protocol: 1 });
  });

  it('enrols once with the secret, refuses a wrong or reused secret and an unknown point', async () => {
    const { secret } = await addPoint(database.db, 'DL-01', 'Đắk Lắk');
    const point = new SimulatedPoint(url, 'DL-01');
    await expectError(await point.enrol(`${secret.slice(0, -1)}x`), 401, 'unauthorized');
    expect((await point.enrol(secret)).status).toBe(200);
    await expectError(await point.enrol(secret), 401, 'unauthorized');
    await expectError(await new SimulatedPoint(url, 'NOPE').enrol(secret), 401, 'unauthorized');
    const token = await database.db.selectFrom('tokens').selectAll().executeTakeFirstOrThrow();
    expect(token.token_hash).toBe(sha256Hex(point.token!));
    expect(
      JSON.stringify(await database.db.selectFrom('points').selectAll().execute()),
    ).not.toContain(secret);
  });

  it('stores a revision and answers a receipt over its exact bytes', async () => {
    const point = await enrolled();
    const signed = point.sign(point.payload());
    const response = await point.upload(signed);
    expect(response.status).toBe(200);
    const receipt = receiptSchema.parse(await response.json());
    expect(receipt).toMatchObject({
      pointCode: 'DL-01',
      reportId: 'report-1',
      revision: 1,
      outcome: 'stored',
    });
    const bytes = Buffer.from(signed.payload, 'base64');
    expect(receipt.sha256).toBe(sha256Hex(bytes));
    const row = await database.db.selectFrom('reports').selectAll().executeTakeFirstOrThrow();
    expect(Buffer.from(row.payload).equals(bytes)).toBe(true);
    expect([row.invited, row.attending]).toEqual([3, 2]);
    expect((await listPoints(database.db))[0]).toMatchObject({
      code: 'DL-01',
      revisions: 1,
      reports: 1,
    });
  });

  it('recognises a duplicate and answers the original receipt', async () => {
    const point = await enrolled();
    const signed = point.sign(point.payload());
    const first = receiptSchema.parse(await (await point.upload(signed)).json());
    const again = await point.upload(signed);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...first, outcome: 'duplicate' });
    expect(await storedCount()).toBe(1);
  });

  it('stores one copy when the same revision arrives twice at once', async () => {
    const point = await enrolled();
    const signed = point.sign(point.payload());
    const answers = await Promise.all([1, 2, 3, 4].map(() => point.upload(signed)));
    const outcomes = await Promise.all(
      answers.map(async (r) => receiptSchema.parse(await r.json()).outcome),
    );
    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(3);
    expect(await storedCount()).toBe(1);
  });

  it('acknowledges an older revision as superseded without storing it', async () => {
    const point = await enrolled();
    expect((await point.send({ revision: 3 })).outcome).toBe('stored');
    const older = await point.send({ revision: 2, summary: 'bản cũ' });
    expect(older.outcome).toBe('superseded');
    expect(await storedCount()).toBe(1);
    expect((await point.send({ revision: 4 })).outcome).toBe('stored');
  });

  it("takes its own clock, not the point's: a point days off is stored and stamped by the center", async () => {
    const point = await enrolled();
    const before = Date.now();
    const ahead = new Date(before + 9 * 86_400_000).toISOString();
    const receipt = await point.send({ generatedAt: ahead, revision: 2 });
    expect(receipt.outcome).toBe('stored');
    expect(Date.parse(receipt.storedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(receipt.storedAt)).toBeLessThanOrEqual(Date.now() + 1000);
    // A revision generated "earlier" by a clock that was then corrected still counts by number.
    const behind = new Date(before - 30 * 86_400_000).toISOString();
    expect((await point.send({ generatedAt: behind, revision: 3 })).outcome).toBe('stored');
    expect((await point.send({ generatedAt: ahead, revision: 1 })).outcome).toBe('superseded');
  });

  it('answers 409 to the same revision with a different body, changing nothing', async () => {
    const point = await enrolled();
    const first = await point.send();
    await expectError(
      await point.upload(point.sign(point.payload({ summary: 'khác' }))),
      409,
      'conflict',
    );
    const row = await database.db.selectFrom('reports').select('sha256').executeTakeFirstOrThrow();
    expect(row.sha256).toBe(first.sha256);
  });

  it('refuses with 422 and stores nothing: a flipped byte, a swapped signature, an unknown key', async () => {
    const point = await enrolled();
    const other = await enrolled('DL-02');
    const signed = point.sign(point.payload());
    const bytes = Buffer.from(signed.payload, 'base64');
    const flipped = Buffer.from(bytes);
    flipped[40] = flipped[40]! ^ 0x01;
    await expectError(
      await point.upload({ payload: flipped.toString('base64'), signature: signed.signature }),
      422,
      'bad_signature',
    );
    const second = point.sign(point.payload({ revision: 2 }));
    await expectError(
      await point.upload({ payload: signed.payload, signature: second.signature }),
      422,
      'bad_signature',
    );
    const stranger = crypto.generateKeyPairSync('ed25519').privateKey;
    await expectError(
      await point.upload(point.sign(point.payload(), stranger)),
      422,
      'bad_signature',
    );
    // Signed by another enrolled point but sent with this point's token.
    await expectError(await point.upload(other.sign(point.payload())), 422, 'bad_signature');
    expect(await storedCount()).toBe(0);
  });

  it('refuses a signed payload that is not canonical, fails the schema or names another point', async () => {
    const point = await enrolled();
    const payload = point.payload();
    const pretty = Buffer.from(JSON.stringify(payload, null, 2));
    await expectError(
      await point.upload(signBytes(pretty, point.keys.privateKey)),
      422,
      'invalid_payload',
    );
    const badShape = Buffer.from(canonicalize({ ...payload, revision: 0 }));
    await expectError(
      await point.upload(signBytes(badShape, point.keys.privateKey)),
      422,
      'invalid_payload',
    );
    await expectError(
      await point.upload(point.sign({ ...payload, pointCode: 'DL-02' })),
      422,
      'invalid_payload',
    );
    expect(await storedCount()).toBe(0);
  });

  it('refuses a missing, unknown, revoked or rotated token with 401', async () => {
    const point = await enrolled();
    const signed = point.sign(point.payload());
    await expectError(await point.upload(signed, null), 401, 'unauthorized');
    await expectError(await point.upload(signed, 'x'.repeat(43)), 401, 'unauthorized');
    await rotatePoint(database.db, 'DL-01');
    await expectError(await point.upload(signed), 401, 'unauthorized');
    const again = await enrolled('DL-03');
    await revokePoint(database.db, 'DL-03');
    await expectError(await again.upload(again.sign(again.payload())), 401, 'unauthorized');
    await expectError(
      await fetch(`${url}${API_ROUTES.meetings}`, {
        headers: { authorization: `Bearer ${again.token}` },
      }),
      401,
      'unauthorized',
    );
    expect(await storedCount()).toBe(0);
  });

  it('refuses malformed and oversized bodies', async () => {
    const point = await enrolled();
    await expectError(
      await post(`${url}${API_ROUTES.reports}`, '{not json', point.token),
      400,
      'invalid_request',
    );
    await expectError(await point.upload({ payload: 'e30=' } as never), 400, 'invalid_request');
    await expectError(
      await post(`${url}${API_ROUTES.enrol}`, {
        pointCode: 'DL-01',
        secret: 'x'.repeat(5000),
        publicKey: '',
      }),
      413,
      'too_large',
    );
  });

  it('stores nothing when the connection is cut in the middle of an upload, then takes the retry', async () => {
    const point = await enrolled();
    const signed = point.sign(point.payload());
    const body = JSON.stringify(signed);
    const { port } = new URL(url);
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST ${API_ROUTES.reports} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
            `Authorization: Bearer ${point.token}\r\nContent-Length: ${body.length}\r\n\r\n` +
            body.slice(0, body.length / 2),
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(await storedCount()).toBe(0);
    expect((await (await point.upload(signed)).json()).outcome).toBe('stored');
    expect(await storedCount()).toBe(1);
  });

  it('lists published meetings to an enrolled point', async () => {
    const point = await enrolled();
    const meeting = await createMeeting(database.db, {
      title: 'Hội nghị sơ kết 6 tháng',
      startsAt: '2026-07-01T01:30:00.000Z',
      agenda: ['Khai mạc', 'Báo cáo sơ kết'],
    });
    const response = await fetch(`${url}${API_ROUTES.meetings}`, {
      headers: { authorization: `Bearer ${point.token}` },
    });
    expect(meetingsResponseSchema.parse(await response.json()).meetings).toEqual([meeting]);
  });

  it('imports a bundle without a token and answers receipts; a second import is duplicates', async () => {
    const point = await enrolled();
    const bundle = point.bundle([
      point.sign(point.payload({ revision: 1 })),
      point.sign(point.payload({ reportId: 'report-2', revision: 1 })),
    ]);
    const first = await post(`${url}${API_ROUTES.bundles}`, bundle);
    expect(first.status).toBe(200);
    const file = receiptsFileSchema.parse(await first.json());
    expect(file.receipts.map((r) => r.outcome)).toEqual(['stored', 'stored']);
    const second = receiptsFileSchema.parse(
      await (await post(`${url}${API_ROUTES.bundles}`, bundle)).json(),
    );
    expect(second.receipts.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(await storedCount()).toBe(2);
  });

  it('rejects a tampered bundle and stores nothing of it', async () => {
    const point = await enrolled();
    const good = point.sign(point.payload({ revision: 1 }));
    const bundle = point.bundle([good, point.sign(point.payload({ reportId: 'report-2' }))]);

    // One byte flipped in the second revision, with the bundle's hash recomputed to match.
    const bytes = Buffer.from(bundle.revisions[1]!.payload, 'base64');
    bytes[10] = bytes[10]! ^ 0x01;
    const flipped = point.bundle([
      good,
      { ...bundle.revisions[1]!, payload: bytes.toString('base64') },
    ]);
    await expectError(await post(`${url}${API_ROUTES.bundles}`, flipped), 422, 'bad_signature');

    // Signatures swapped between the two revisions.
    const swapped = point.bundle([
      { payload: bundle.revisions[0]!.payload, signature: bundle.revisions[1]!.signature },
      { payload: bundle.revisions[1]!.payload, signature: bundle.revisions[0]!.signature },
    ]);
    await expectError(await post(`${url}${API_ROUTES.bundles}`, swapped), 422, 'bad_signature');

    // Signed by a key the center does not know, under this point's code.
    const stranger = crypto.generateKeyPairSync('ed25519').privateKey;
    const unknown = point.bundle([good, point.sign(point.payload({ reportId: 'r-3' }), stranger)]);
    await expectError(await post(`${url}${API_ROUTES.bundles}`, unknown), 422, 'bad_signature');

    // A file cut short: not JSON at all, and a shortened list whose hash no longer matches.
    const text = JSON.stringify(bundle);
    await expectError(
      await post(`${url}${API_ROUTES.bundles}`, text.slice(0, text.length / 2)),
      400,
      'invalid_request',
    );
    await expectError(
      await post(`${url}${API_ROUTES.bundles}`, {
        ...bundle,
        revisions: bundle.revisions.slice(0, 1),
      }),
      422,
      'invalid_payload',
    );

    // A bundle for a revoked point.
    await revokePoint(database.db, 'DL-01');
    await expectError(await post(`${url}${API_ROUTES.bundles}`, bundle), 401, 'unauthorized');
    expect(await storedCount()).toBe(0);
  });

  it('stores nothing of a bundle when one revision conflicts with what is stored', async () => {
    const point = await enrolled();
    await point.send({ reportId: 'report-2', summary: 'đã gửi' });
    const bundle = point.bundle([
      point.sign(point.payload({ reportId: 'report-1' })),
      point.sign(point.payload({ reportId: 'report-2', summary: 'khác' })),
    ]);
    await expectError(await post(`${url}${API_ROUTES.bundles}`, bundle), 409, 'conflict');
    expect(await storedCount()).toBe(1);
  });

  it('keeps state in the database: a second center on the same data accepts the token', async () => {
    const point = await enrolled();
    const second = await database.reopen();
    const other = await buildCenter({ db: second.db, logger: false });
    const otherUrl = await other.listen({ host: '127.0.0.1', port: 0 });
    try {
      const signed = point.sign(point.payload());
      const [a, b] = await Promise.all([
        post(`${url}${API_ROUTES.reports}`, signed, point.token),
        post(`${otherUrl}${API_ROUTES.reports}`, signed, point.token),
      ]);
      const outcomes = [
        receiptSchema.parse(await a.json()).outcome,
        receiptSchema.parse(await b.json()).outcome,
      ];
      expect(outcomes.sort()).toEqual(['duplicate', 'stored']);
      expect(await storedCount()).toBe(1);
    } finally {
      await other.close();
      await second.close();
    }
  });

  it('rate-limits enrolment attempts per address', async () => {
    await addPoint(database.db, 'DL-09', 'x');
    const point = new SimulatedPoint(url, 'DL-09');
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push((await point.enrol('y'.repeat(43))).status);
    expect(answers.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(answers.slice(10)).toEqual([429, 429]);
  });
});

describe('rate limits per address and per token', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    app = await buildCenter({
      db: database.db,
      logger: false,
      rateLimits: { perAddress: 12, perToken: 3, enrol: 10, windowMs: 60_000 },
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await app.close();
    await database.dispose();
  });

  it('gives each point its share, and counts made-up tokens against the address', async () => {
    const points: SimulatedPoint[] = [];
    for (const code of ['DL-01', 'DL-02']) {
      const { secret } = await addPoint(database.db, code, code);
      const point = new SimulatedPoint(url, code);
      expect((await point.enrol(secret)).status).toBe(200);
      points.push(point);
    }
    const [a, b] = points as [SimulatedPoint, SimulatedPoint];
    const statuses = async (point: SimulatedPoint, n: number) => {
      const out: number[] = [];
      for (let i = 1; i <= n; i++)
        out.push((await point.upload(point.sign(point.payload({ revision: i })))).status);
      return out;
    };
    expect(await statuses(a, 4)).toEqual([200, 200, 200, 429]);
    expect(await statuses(b, 3)).toEqual([200, 200, 200]);
    // 6 uploads counted for this address so far (the one refused per token never reached the
    // address limit, and enrolment has its own): 6 more, then none.
    const bogus: number[] = [];
    for (let i = 0; i < 7; i++)
      bogus.push((await a.upload(a.sign(a.payload()), `${'z'.repeat(40)}${i}ab`)).status);
    expect(bogus).toEqual([401, 401, 401, 401, 401, 401, 429]);
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(429);
  });
});
