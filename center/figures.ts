import ExcelJS from 'exceljs';
import { ATTENDANCE_STATUSES } from '../shared/api/schemas';
import { guardFormula } from '../shared/files/formulaGuard';
import type { ReportRevisionPayload } from '../shared/protocol/report';
import type { CenterDb } from './db/schema';
import type { PublishedMeeting } from '../shared/protocol/routes';
import { getMeeting } from './meetings';
import { STATUS_TEXT as STATUS_LABEL } from '../shared/documents/wording';
import { FIGURE_HEADERS } from './wording';

/** A meeting's figures consolidated across every registered point. */

type Status = (typeof ATTENDANCE_STATUSES)[number];

export interface PointFigures {
  code: string;
  name: string;
  reported: boolean;
  reportId: string | null;
  revision: number | null;
  receivedAt: string | null;
  invited: number;
  attending: number;
  byStatus: Record<Status, number>;
}

export interface MeetingFigures {
  meeting: PublishedMeeting;
  points: PointFigures[];
  totals: Omit<
    PointFigures,
    'code' | 'name' | 'reported' | 'reportId' | 'revision' | 'receivedAt'
  > & {
    reported: number;
  };
}

const zeroes = (): Record<Status, number> =>
  Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, 0])) as Record<Status, number>;

/**
 * For each point, its latest revision for the meeting (latest received, then highest revision);
 * points that sent nothing are listed as not reported.
 */
export async function meetingFigures(db: CenterDb, meetingId: string): Promise<MeetingFigures> {
  const meeting = await getMeeting(db, meetingId);
  if (!meeting) throw new Error(`no meeting with id ${meetingId}`);
  const points = await db
    .selectFrom('points')
    .select(['id', 'code', 'name'])
    .orderBy('code')
    .execute();
  const rows = await db
    .selectFrom('reports')
    .select(['point_id', 'report_id', 'revision', 'received_at', 'invited', 'attending', 'payload'])
    .where('center_meeting_id', '=', meetingId)
    .orderBy('received_at', 'desc')
    .orderBy('revision', 'desc')
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.point_id)) latest.set(r.point_id, r);

  const totals = { reported: 0, invited: 0, attending: 0, byStatus: zeroes() };
  const figures = points.map((p): PointFigures => {
    const r = latest.get(p.id);
    if (!r) {
      return {
        code: p.code,
        name: p.name,
        reported: false,
        reportId: null,
        revision: null,
        receivedAt: null,
        invited: 0,
        attending: 0,
        byStatus: zeroes(),
      };
    }
    const payload = JSON.parse(Buffer.from(r.payload).toString('utf8')) as ReportRevisionPayload;
    const byStatus = { ...zeroes(), ...payload.attendance.byStatus };
    totals.reported++;
    totals.invited += r.invited;
    totals.attending += r.attending;
    for (const s of ATTENDANCE_STATUSES) totals.byStatus[s] += byStatus[s];
    return {
      code: p.code,
      name: p.name,
      reported: true,
      reportId: r.report_id,
      revision: r.revision,
      receivedAt: r.received_at,
      invited: r.invited,
      attending: r.attending,
      byStatus,
    };
  });
  return { meeting, points: figures, totals };
}

function table(f: MeetingFigures): Array<Array<string | number>> {
  const h = FIGURE_HEADERS;
  const header = [
    h.code,
    h.name,
    h.reported,
    h.revision,
    h.receivedAt,
    h.invited,
    h.attending,
    ...ATTENDANCE_STATUSES.map((s) => STATUS_LABEL[s]),
  ];
  const body = f.points.map((p) => [
    p.code,
    p.name,
    p.reported ? h.yes : h.no,
    p.revision ?? '',
    p.receivedAt ?? '',
    p.invited,
    p.attending,
    ...ATTENDANCE_STATUSES.map((s) => p.byStatus[s]),
  ]);
  const total = [
    h.total,
    '',
    f.totals.reported,
    '',
    '',
    f.totals.invited,
    f.totals.attending,
    ...ATTENDANCE_STATUSES.map((s) => f.totals.byStatus[s]),
  ];
  return [header, ...body, total];
}

const csvCell = (v: string | number) => {
  const text = typeof v === 'number' ? String(v) : guardFormula(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV with a BOM and CRLF, so Excel opens the Vietnamese names correctly. */
export function figuresCsv(f: MeetingFigures): string {
  return `\uFEFF${table(f)
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}

export async function figuresXlsx(f: MeetingFigures): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tổng hợp');
  sheet.addRow([f.meeting.title]).font = { bold: true };
  sheet.addRow([f.meeting.startsAt]);
  for (const [i, row] of table(f).entries()) {
    const added = sheet.addRow(row.map((v) => (typeof v === 'string' ? guardFormula(v) : v)));
    if (i === 0) added.font = { bold: true };
  }
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 36 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
