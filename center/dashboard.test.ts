import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCenter } from './app';
import { createMeeting } from './meetings';
import { addPoint } from './points';
import type { TestDatabase } from './testing/database';
import { openTestDatabase } from './testing/database';
import { SimulatedPoint } from './testing/point';

describe('dashboard', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    app = await buildCenter({ db: database.db, logger: false });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
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

    const home = await fetch(`${url}/`);
    expect(home.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await home.text()).toContain('Hội nghị &lt;tổng kết&gt;');

    const board = await (await fetch(`${url}/meetings/${meeting.id}`)).text();
    expect(board).toContain('1/2 điểm cầu đã báo cáo');
    expect(board).toMatch(
      /class="tile ok"><b>DL-01<\/b>Đắk Lắk<br><span class="muted">Đã báo cáo · 2\/3/,
    );
    expect(board).toMatch(/class="tile"><b>GL-02<\/b>Gia Lai<br><span class="muted">Chưa báo cáo/);

    const report = await (await fetch(`${url}/reports/DL-01/report-1/1`)).text();
    expect(report).toContain('Nguyễn Văn An');
    expect(report).toContain('Mất tiếng 2 phút');
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).not.toContain('<script>');

    const csv = await fetch(`${url}/meetings/${meeting.id}/figures.csv`);
    expect(csv.headers.get('content-disposition')).toContain('.csv');
    expect(await csv.text()).toContain('Tổng cộng,,1,,,3,2');
    const xlsx = await fetch(`${url}/meetings/${meeting.id}/figures.xlsx`);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    expect((await fetch(`${url}/reports/DL-01/report-1/9`)).status).toBe(404);
    expect((await fetch(`${url}/meetings/nope`)).status).toBe(404);
  });
});
