import type { Invitee } from '../api/schemas';
import { ATTENDING_STATUSES, computeHeadcount } from '../attendance/headcount';
import type { MeetingFacts, PointProfile } from './frame';
import { documentFrame } from './frame';
import type { Block, Column, DocumentModel, TableRow } from './model';
import { STATUS_TEXT, TITLES, UNGROUPED_TEXT } from './wording';

export const ATTENDANCE_FILTERS = ['all', 'present', 'absent'] as const;
export type AttendanceFilter = (typeof ATTENDANCE_FILTERS)[number];

type Row = Pick<
  Invitee,
  | 'fullName'
  | 'position'
  | 'unit'
  | 'groupName'
  | 'groupOrder'
  | 'groupId'
  | 'status'
  | 'statusAt'
  | 'eventTime'
  | 'reason'
  | 'substituteName'
  | 'substitutePosition'
  | 'remark'
>;

const ABSENT = new Set(['absent', 'absent_excused']);

const keep: Record<AttendanceFilter, (r: Row) => boolean> = {
  all: () => true,
  present: (r) => ATTENDING_STATUSES.has(r.status),
  absent: (r) => ABSENT.has(r.status),
};

/** "08:05", in the machine's time zone: the room's clock. */
export function clockOf(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * When the person was seen arriving: a late arrival's stated time, else when they were marked.
 * Someone who left early was marked at leaving, so their arrival is not known.
 */
function checkInTime(r: Row): string | null {
  if (r.status === 'late') return r.eventTime ?? r.statusAt;
  if (r.status === 'present' || r.status === 'substituted') return r.statusAt;
  return null;
}

/** What the Ghi chú column says: the reason, who came instead, and the meeting's remark. */
function noteOf(r: Row): string {
  const parts: string[] = [];
  if (r.reason) parts.push(r.reason);
  if (r.status === 'substituted' && r.substituteName) {
    parts.push(
      `Cử đ/c ${r.substituteName}${r.substitutePosition ? `, ${r.substitutePosition}` : ''} dự thay`,
    );
  }
  if (r.status === 'left_early') {
    const at = clockOf(r.eventTime ?? r.statusAt);
    if (at) parts.push(`Về lúc ${at}`);
  }
  if (r.remark) parts.push(r.remark);
  return parts.join('; ');
}

/** Rows in the order given (protocol order), a group line before each group's people. */
function groupedRows(rows: readonly Row[], cells: (r: Row, n: number) => string[]): TableRow[] {
  const out: TableRow[] = [];
  let group: string | null | undefined;
  rows.forEach((r, i) => {
    if (r.groupName !== group) {
      group = r.groupName;
      out.push({ kind: 'group', text: group ?? UNGROUPED_TEXT });
    }
    out.push({ kind: 'row', cells: cells(r, i + 1) });
  });
  return out;
}

const ATTENDANCE_COLUMNS: Column[] = [
  { title: 'STT', width: 6, align: 'center' },
  { title: 'Họ và tên', width: 20, align: 'left' },
  { title: 'Chức vụ', width: 22, align: 'left' },
  { title: 'Đơn vị', width: 17, align: 'left' },
  { title: 'Tình trạng', width: 11, align: 'left' },
  { title: 'Thời gian điểm danh', width: 9, align: 'center' },
  { title: 'Ghi chú', width: 15, align: 'left' },
];

/** The counts under the table, as the headcount screen says them. */
function headcountSentence(rows: readonly Row[]): string {
  const total = computeHeadcount(rows).total;
  const by = total.byStatus;
  const absent = by.absent + by.absent_excused;
  return (
    `Tổng số đại biểu được mời: ${total.invited}. Dự tại điểm cầu: ${total.attending} ` +
    `(có mặt ${by.present}, đến muộn ${by.late}, dự thay ${by.substituted}, về sớm ${by.left_early}). ` +
    `Vắng: ${absent} (có lý do ${by.absent_excused}).` +
    (by.pending > 0 ? ` Chưa điểm danh: ${by.pending}.` : '')
  );
}

/**
 * The attendance list (Danh sách đại biểu dự hội nghị): everyone, those present, or those
 * absent with their reasons; in protocol order, grouped, with the counts under the table.
 * The counts are always of the whole meeting, whatever the list shows.
 */
export function attendanceDocument(
  profile: PointProfile,
  meeting: MeetingFacts,
  invitees: readonly Row[],
  filter: AttendanceFilter,
): DocumentModel {
  const title =
    filter === 'present'
      ? TITLES.attendancePresent
      : filter === 'absent'
        ? TITLES.attendanceAbsent
        : TITLES.attendance;
  const rows = invitees.filter(keep[filter]);
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: ATTENDANCE_COLUMNS,
      rows: groupedRows(rows, (r, n) => [
        String(n),
        r.fullName,
        r.position,
        r.unit,
        STATUS_TEXT[r.status],
        clockOf(checkInTime(r)),
        noteOf(r),
      ]),
    },
    { kind: 'paragraph', runs: [{ text: headcountSentence(invitees), italic: true }] },
  ];
  return {
    ...documentFrame('attendance', title, profile, meeting),
    orientation: 'landscape',
    blocks,
  };
}

// Portrait: "STT" in bold 13 pt needs 9 % of the line once Word's cell margins are taken.
const SIGNIN_COLUMNS: Column[] = [
  { title: 'STT', width: 9, align: 'center' },
  { title: 'Họ và tên', width: 24, align: 'left' },
  { title: 'Chức vụ', width: 27, align: 'left' },
  { title: 'Đơn vị', width: 20, align: 'left' },
  { title: 'Ký tên', width: 20, align: 'center' },
];

/** Printed before the meeting: everyone invited, an empty column and rows tall enough to sign. */
export function signInDocument(
  profile: PointProfile,
  meeting: MeetingFacts,
  invitees: readonly Row[],
): DocumentModel {
  return {
    ...documentFrame('signin', TITLES.signin, profile, meeting),
    orientation: 'portrait',
    blocks: [
      {
        kind: 'table',
        columns: SIGNIN_COLUMNS,
        rows: groupedRows(invitees, (r, n) => [String(n), r.fullName, r.position, r.unit, '']),
        tallRows: true,
      },
    ],
  };
}
