import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCenter } from './app';
import { createMeeting } from './meetings';
import { addPoint } from './points';
import type { TestDatabase } from './testing/database';
import { openTestDatabase } from './testing/database';
import { SimulatedPoint } from './testing/point';
import { addViewer, revokeViewer } from './viewers';

async function signInCookie(url: string, name: string, password: string): Promise<string> {
  const answer = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name, password }).toString(),
    redirect: 'manual',
  });
  expect(answer.status).toBe(303);
  const set = answer.headers.get('set-cookie') ?? '';
  expect(set).toMatch(/HttpOnly; SameSite=Strict/);
  return set.split(';')[0]!;
}

describe('dashboard', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let cookie: string;
  const get = (path: string, withCookie = cookie) =>
    fetch(`${url}${path}`, { headers: { cookie: withCookie }, redirect: 'manual' });
  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    app = await buildCenter({ db: database.db, logger: false });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const { password } = await addViewer(database.db, 'Văn phòng Trung ương');
    cookie = await signInCookie(url, 'Văn phòng Trung ương', password);
  });
  afterEach(async () => {
    await app.close();
    await database.dispose();
  });

  it('shows the board by meeting, a report in full, and the figures for download', async () => {
    const meeting = await createMeeting(database.db, {
      title: 'Hội nghị <tổng kết>',
      startsAt: '2026-01-05T01:00:00.000Z',
      agenda: ['Khai mạc'],
    });
    const { secret } = await addPoint(database.db, 'DL-01', 'Đắk Lắk');
    await addPoint(database.db, 'GL-02', 'Gia Lai');
    const point = new SimulatedPoint(url, 'DL-01');
    await point.enrol(secret);
    await point.send({
      meeting: {
        centerMeetingId: meeting.id,
        localId: 'm',
        title: meeting.title,
        startsAt: meeting.startsAt,
      },
      summary: '<script>alert(1)</script>',
    });

    const home = await get(`/`);
    expect(home.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await home.text()).toContain('Hội nghị &lt;tổng kết&gt;');

    const board = await (await get(`/meetings/${meeting.id}`)).text();
    expect(board).toContain('1/2 điểm cầu đã báo cáo');
    expect(board).toMatch(
      /class="tile ok"><b>DL-01<\/b>Đắk Lắk<br><span class="muted">Đã báo cáo · 2\/3/,
    );
    expect(board).toMatch(/class="tile"><b>GL-02<\/b>Gia Lai<br><span class="muted">Chưa báo cáo/);

    const report = await (await get(`/reports/DL-01/report-1/1`)).text();
    expect(report).toContain('Nguyễn Văn An');
    expect(report).toContain('Mất tiếng 2 phút');
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).not.toContain('<script>');

    const csv = await get(`/meetings/${meeting.id}/figures.csv`);
    expect(csv.headers.get('content-disposition')).toContain('.csv');
    expect(await csv.text()).toContain('Tổng cộng,,1,,,3,2');
    const xlsx = await get(`/meetings/${meeting.id}/figures.xlsx`);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    expect((await get(`/reports/DL-01/report-1/9`)).status).toBe(404);
    expect((await get(`/meetings/nope`)).status).toBe(404);
  });

  it('serves nothing but the sign-in page without a session, and ends sessions on sign-out and revocation', async () => {
    const meeting = await createMeeting(database.db, {
      title: 'Hội nghị',
      startsAt: '2026-01-05T01:00:00.000Z',
      agenda: [],
    });
    for (const path of ['/', `/meetings/${meeting.id}`, `/meetings/${meeting.id}/figures.csv`]) {
      const answer = await get(path, '');
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toBe('/login');
      expect(
        (await get(path, 'dc_session=forged-token-of-the-right-length-xxxxxxxxxxxxx')).status,
      ).toBe(303);
    }
    const form = await get('/login', '');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('<form method="post" action="/login"');

    const wrong = await fetch(`${url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=V%C4%83n+ph%C3%B2ng+Trung+%C6%B0%C6%A1ng&password=guess',
      redirect: 'manual',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await wrong.text()).toContain('Tên tài khoản hoặc mật khẩu không đúng.');

    const home = await get('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Văn phòng Trung ương');
    const out = await fetch(`${url}/logout`, {
      method: 'POST',
      headers: { cookie },
      redirect: 'manual',
    });
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await get('/')).status).toBe(303);

    const { password } = await addViewer(database.db, 'Ban Tuyên giáo');
    const second = await signInCookie(url, 'Ban Tuyên giáo', password);
    expect((await get('/', second)).status).toBe(200);
    await revokeViewer(database.db, 'Ban Tuyên giáo');
    expect((await get('/', second)).status).toBe(303);
    const again = await fetch(`${url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Ban Tuyên giáo', password }).toString(),
      redirect: 'manual',
    });
    expect(again.status).toBe(401);
  });

  it('lets a session run out after its hours', async () => {
    expect((await get('/')).status).toBe(200);
    await database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect((await get('/')).status).toBe(303);
  });

  it('keeps the points’ API out of the sign-in: no session needed, no form bodies taken', async () => {
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
    const form = await fetch(`${url}/api/v1/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'pointCode=DL-01&secret=x',
    });
    expect(form.status).toBe(400);
    expect(await form.json()).toEqual({
      error: { code: 'invalid_request', message: 'Unsupported Media Type' },
    });
  });
});
