import type { AttendanceStatus, Invitee } from '../api/schemas';
import type { PointProfile } from '../documents/frame';
import type { NoteKind } from '../notes/model';
import { inviteeFixture } from './invitee';

/**
 * A provincial Party committee's point at a national briefing, as tests meet it: 25 invitees
 * in four protocol groups with every check-in status, a chair at the center and one at the
 * point, speeches from the center, two other points and this one, notes of every kind.
 */
const GROUPS = [
  { id: 'grp-thuong-truc-tu', name: 'Thường trực Tỉnh ủy', order: 1 },
  { id: 'grp-btv', name: 'Ủy viên Ban Thường vụ Tỉnh ủy', order: 2 },
  { id: 'grp-so-nganh', name: 'Lãnh đạo sở, ban, ngành', order: 3 },
  { id: 'grp-khach-moi', name: 'Khách mời', order: 4 },
] as const;

type Row = [name: string, position: string, group: 0 | 1 | 2 | 3, status: AttendanceStatus];

const ROWS: Row[] = [
  ['Đỗ Trọng Hưng', 'Bí thư Tỉnh ủy', 0, 'present'],
  ['Lại Thế Nguyên', 'Phó Bí thư Thường trực Tỉnh ủy', 0, 'present'],
  ['Nguyễn Doãn Anh', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 0, 'late'],
  ['Lê Tiến Lam', 'Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND tỉnh', 1, 'present'],
  ['Đầu Thanh Tùng', 'Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh', 1, 'absent_excused'],
  ['Trần Văn Hải', 'Ủy viên Ban Thường vụ, Trưởng ban Tổ chức', 1, 'substituted'],
  ['Phạm Thị Thanh Thủy', 'Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo', 1, 'present'],
  ['Lê Văn Thi', 'Ủy viên Ban Thường vụ, Chủ nhiệm UBKT', 1, 'left_early'],
  ['Nguyễn Văn Phát', 'Ủy viên Ban Thường vụ, Bí thư Thành ủy', 1, 'present'],
  ['Mai Xuân Bình', 'Ủy viên Ban Thường vụ, Chánh Văn phòng', 1, 'present'],
  ['Hoàng Văn Nam', 'Giám đốc Sở Tài chính', 2, 'present'],
  ['Lê Thị Hoa', 'Giám đốc Sở Kế hoạch và Đầu tư', 2, 'present'],
  ['Trịnh Văn Bình', 'Giám đốc Sở Nội vụ', 2, 'absent'],
  ['Vũ Thị Lan', 'Giám đốc Sở Y tế', 2, 'present'],
  ['Đặng Văn Tú', 'Giám đốc Sở Giáo dục và Đào tạo', 2, 'late'],
  ['Bùi Quang Huy', 'Giám đốc Sở Xây dựng', 2, 'present'],
  ['Ngô Thị Mai', 'Giám đốc Sở Nông nghiệp và Môi trường', 2, 'pending'],
  ['Phan Văn Đức', 'Giám đốc Sở Công Thương', 2, 'present'],
  ['Tạ Thị Hằng', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 2, 'present'],
  ['Lương Văn Sơn', 'Giám đốc Sở Khoa học và Công nghệ', 2, 'absent_excused'],
  ['Hà Thị Ngọc', 'Giám đốc Sở Tư pháp', 2, 'present'],
  ['Đinh Văn Long', 'Chánh Thanh tra tỉnh', 2, 'present'],
  ['Trương Thị Thu', 'Phóng viên Báo Thanh Hóa', 3, 'present'],
  ['Cao Văn Kiên', 'Phóng viên Đài PT-TH tỉnh', 3, 'pending'],
  ['Mạc Thị Yến', 'Đại diện Hội Doanh nghiệp tỉnh', 3, 'absent'],
];

const REASONS: Record<string, string> = {
  'Đầu Thanh Tùng': 'Đi công tác Trung ương',
  'Lương Văn Sơn': 'Nghỉ ốm',
};

export function briefingInvitees(): Invitee[] {
  return ROWS.map(([fullName, position, g, status], i) =>
    inviteeFixture({
      id: `inv-${i + 1}`,
      fullName,
      position,
      groupId: GROUPS[g].id,
      groupName: GROUPS[g].name,
      groupOrder: GROUPS[g].order,
      rank: i + 1,
      status,
      reason: REASONS[fullName] ?? '',
      ...(status === 'substituted'
        ? { substituteName: 'Nguyễn Thị Hạnh', substitutePosition: 'Phó Trưởng ban Tổ chức' }
        : {}),
    }),
  );
}

export const BRIEFING_NOTES: {
  kind: NoteKind;
  body: string;
  taskOwner?: string;
  deadline?: string;
}[] = [
  { kind: 'general', body: 'Đường truyền ổn định, âm thanh tốt.' },
  { kind: 'opinion', body: 'Đắk Lắk nêu khó khăn về giải ngân vốn đầu tư công.' },
  { kind: 'recommendation', body: 'Đề nghị Trung ương sớm ban hành hướng dẫn **sắp xếp** đơn vị.' },
  { kind: 'conclusion', body: 'Các địa phương hoàn thành sắp xếp trước *30/6*.' },
  {
    kind: 'task',
    body: 'Rà soát, báo cáo tiến độ giải ngân.',
    taskOwner: 'Sở Tài chính',
    deadline: '2026-12-15',
  },
];

/** The point these invitees are at, as its documents print it. */
export const BRIEFING_PROFILE: PointProfile = {
  pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
  parentBody: 'Tỉnh ủy Thanh Hóa',
  issuingBody: 'Văn phòng',
  placeName: 'Thanh Hóa',
  operatorName: 'Lê Văn Cường',
  bodyKind: 'party',
};

export const BRIEFING_MEETING = {
  title: 'Hội nghị trực tuyến toàn quốc',
  date: '2026-01-05',
  startTime: '08:00',
  centerHost: '',
};
