import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptsFileSchema } from '../shared/protocol/bundle';
import { buildCenter } from './app';
import { runCli } from './cli';
import { openCenterDatabase } from './db/open';
import { SimulatedPoint } from './testing/point';

/** The operator's commands on a real SQLite file, as `npm run center -- …` runs them. */
describe('center CLI', () => {
  let dir: string;
  let lines: string[];
  const run = async (...args: string[]) => {
    lines = [];
    return runCli(args, (l) => lines.push(l));
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-cli-'));
    process.env.DIEMCAU_CENTER_DATA = path.join(dir, 'center.sqlite');
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    delete process.env.DIEMCAU_CENTER_DATA;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers a point, imports its bundle, writes receipts and exports the figures', async () => {
    expect(
      await run(
        'meeting',
        'create',
        '--title',
        'Hội nghị tổng kết',
        '--starts-at',
        '2026-01-05T08:00:00+07:00',
        '--agenda',
        'Khai mạc',
      ),
    ).toBe(0);
    const meetingId = lines[0]!.replace('meeting ', '');
    expect(await run('point', 'add', '--code', 'DL-01', '--name', 'Đắk Lắk')).toBe(0);
    const secret = lines[0]!.split(': ')[1]!;
    await run('point', 'add', '--code', 'GL-02', '--name', 'Gia Lai');

    // Enrol through a short-lived server on the same data file, as a point would.
    const database = await openCenterDatabase({ dataFile: process.env.DIEMCAU_CENTER_DATA });
    const app = await buildCenter({ db: database.db, logger: false });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const point = new SimulatedPoint(url, 'DL-01');
    expect((await point.enrol(secret)).status).toBe(200);
    await app.close();
    await database.close();

    const meeting = {
      centerMeetingId: meetingId,
      localId: 'm-1',
      title: 'Hội nghị tổng kết',
      startsAt: '2026-01-05T01:00:00.000Z',
    };
    const bundleFile = path.join(dir, 'DL-01.json');
    fs.writeFileSync(
      bundleFile,
      JSON.stringify(point.bundle([point.sign(point.payload({ meeting }))])),
    );
    expect(await run('import', bundleFile)).toBe(0);
    const receipts = receiptsFileSchema.parse(
      JSON.parse(fs.readFileSync(path.join(dir, 'DL-01.receipts.json'), 'utf8')),
    );
    expect(receipts.receipts.map((r) => r.outcome)).toEqual(['stored']);

    await run('point', 'list');
    expect(lines[0]).toMatch(
      /^DL-01\tĐắk Lắk\tactive\tenrolled\t1 report\(s\), 1 revision\(s\)\tlast /,
    );
    expect(lines[1]).toMatch(/^GL-02\tGia Lai\tactive\tnot enrolled\t0 report/);

    const csv = path.join(dir, 'f.csv');
    expect(await run('export', '--meeting', meetingId, '--format', 'csv', '--out', csv)).toBe(0);
    const rows = fs
      .readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[1]).toMatch(/^DL-01,Đắk Lắk,Có,1,[^,]+,3,2,0,2,0,1,0,0,0$/);
    expect(rows[2]).toBe('GL-02,Gia Lai,Chưa,,,0,0,0,0,0,0,0,0,0');
    expect(rows[3]).toBe('Tổng cộng,,1,,,3,2,0,2,0,1,0,0,0');

    const xlsx = path.join(dir, 'f.xlsx');
    expect(await run('export', '--meeting', meetingId, '--format', 'xlsx', '--out', xlsx)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    expect(sheet.getRow(4).getCell(1).value).toBe('DL-01');
    expect(sheet.getRow(4).getCell(7).value).toBe(2);
  });

  it('enrols a point with no network by its file, once, and then imports its bundle', async () => {
    await run('point', 'add', '--code', 'DL-01', '--name', 'Đắk Lắk');
    const secret = lines[0]!.split(': ')[1]!;
    const point = new SimulatedPoint('', 'DL-01');
    const enrolment = (s: string) => ({
      format: 'diemcau-enrolment',
      version: 1,
      pointCode: 'DL-01',
      secret: s,
      publicKey: point.publicKey,
      createdAt: '2026-01-05T08:00:00+07:00',
    });
    const bundleFile = path.join(dir, 'DL-01.json');
    fs.writeFileSync(bundleFile, JSON.stringify(point.bundle([point.sign(point.payload())])));
    await expect(run('import', bundleFile)).rejects.toThrow();

    const wrong = path.join(dir, 'wrong.json');
    fs.writeFileSync(
      wrong,
      JSON.stringify(enrolment(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`)),
    );
    await expect(run('point', 'enrol', wrong)).rejects.toThrow(/wrong secret/);
    const notOne = path.join(dir, 'not.json');
    fs.writeFileSync(notOne, JSON.stringify({ ...enrolment(secret), format: 'other' }));
    await expect(run('point', 'enrol', notOne)).rejects.toThrow(/not a Điểm Cầu enrolment/);
    await run('point', 'list');
    expect(lines[0]).toContain('\tnot enrolled\t');

    const good = path.join(dir, 'enrol.json');
    fs.writeFileSync(good, JSON.stringify(enrolment(secret)));
    expect(await run('point', 'enrol', good)).toBe(0);
    expect(lines).toEqual(['enrolled DL-01 by file: its bundles can be imported']);
    await expect(run('point', 'enrol', good)).rejects.toThrow(/wrong secret/);
    expect(await run('import', bundleFile)).toBe(0);
    expect(lines[0]).toMatch(/revision 1: stored$/);
  });

  it('refuses a truncated bundle file and stores nothing', async () => {
    await run('point', 'add', '--code', 'DL-01', '--name', 'Đắk Lắk');
    const file = path.join(dir, 'cut.json');
    fs.writeFileSync(file, '{"format":"diemcau-bundle","version":1,"pointCo');
    await expect(run('import', file)).rejects.toThrow(/not JSON/);
    await run('point', 'list');
    expect(lines[0]).toContain('0 revision(s)');
  });

  it('makes and revokes dashboard viewers, the password shown once', async () => {
    expect(await run('viewer', 'add', '--name', 'Văn phòng')).toBe(0);
    expect(lines[0]).toMatch(
      /^dashboard password for Văn phòng \(shown once\): [A-Za-z0-9_-]{43}$/,
    );
    await expect(run('viewer', 'add', '--name', 'Văn phòng')).rejects.toThrow(/already/);
    expect(await run('viewer', 'revoke', '--name', 'Văn phòng')).toBe(0);
    await expect(run('viewer', 'revoke', '--name', 'Không có')).rejects.toThrow(/No viewer/);
  });

  it('refuses half a TLS setting before it opens the database', async () => {
    process.env.DIEMCAU_CENTER_TLS_CERT = path.join(dir, 'server.pem');
    try {
      await expect(run('serve', '--port', '0')).rejects.toThrow(/go together/);
    } finally {
      delete process.env.DIEMCAU_CENTER_TLS_CERT;
    }
    expect(fs.existsSync(process.env.DIEMCAU_CENTER_DATA!)).toBe(false);
  });

  it('rejects unknown commands and missing options with the usage', async () => {
    await expect(run('point', 'add', '--code', 'X')).rejects.toThrow(/--name is required/);
    await expect(run('frobnicate')).rejects.toThrow(/unknown command/);
  });
});
