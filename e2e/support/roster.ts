import ExcelJS from 'exceljs';

/** One delegate as a province office types them into its roster. */
export interface RosterEntry {
  fullName: string;
  position: string;
  unit: string;
  note?: string;
}

/**
 * Sixty delegates of a provincial Party committee's connection point: the leadership, the
 * department heads, the fronts and mass organisations, and commune leaders no rule knows.
 */
export const ROSTER: readonly RosterEntry[] = [
  { fullName: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy', unit: 'Tỉnh ủy Thanh Hóa' },
  {
    fullName: 'Lại Thế Nguyên',
    position: 'Phó Bí thư Thường trực Tỉnh ủy',
    unit: 'Tỉnh ủy Thanh Hóa',
  },
  { fullName: 'Đỗ Minh Tuấn', position: 'Phó Bí thư Tỉnh ủy', unit: 'Tỉnh ủy Thanh Hóa' },
  {
    fullName: 'Lê Quang Hùng',
    position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy',
    unit: 'Ban Tổ chức Tỉnh ủy',
  },
  {
    fullName: 'Nguyễn Văn Thi',
    position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy',
    unit: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  },
  {
    fullName: 'Trần Văn Hải',
    position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    unit: 'Ủy ban Kiểm tra Tỉnh ủy',
  },
  { fullName: 'Lê Tiến Lam', position: 'Chủ tịch HĐND tỉnh', unit: 'HĐND tỉnh Thanh Hóa' },
  {
    fullName: 'Trịnh Tuấn Sinh',
    position: 'Phó Chủ tịch Thường trực HĐND tỉnh',
    unit: 'HĐND tỉnh Thanh Hóa',
  },
  { fullName: 'Lê Văn Cường', position: 'Phó Chủ tịch HĐND tỉnh', unit: 'HĐND tỉnh Thanh Hóa' },
  { fullName: 'Nguyễn Doãn Anh', position: 'Chủ tịch UBND tỉnh', unit: 'UBND tỉnh Thanh Hóa' },
  {
    fullName: 'Đầu Thanh Tùng',
    position: 'Phó Chủ tịch Thường trực UBND tỉnh',
    unit: 'UBND tỉnh Thanh Hóa',
  },
  { fullName: 'Mai Xuân Liêm', position: 'Phó Chủ tịch UBND tỉnh', unit: 'UBND tỉnh Thanh Hóa' },
  { fullName: 'Lê Đức Giang', position: 'Phó Chủ tịch UBND tỉnh', unit: 'UBND tỉnh Thanh Hóa' },
  {
    fullName: 'Hoàng Văn Tân',
    position: 'Tỉnh ủy viên, Bí thư Thành ủy Thanh Hóa',
    unit: 'Thành ủy Thanh Hóa',
  },
  {
    fullName: 'Lê Anh Xuân',
    position: 'Tỉnh ủy viên, Bí thư Thị ủy Nghi Sơn',
    unit: 'Thị ủy Nghi Sơn',
  },
  {
    fullName: 'Phạm Thị Hà',
    position: 'Trưởng Ban Nội chính Tỉnh ủy',
    unit: 'Ban Nội chính Tỉnh ủy',
  },
  { fullName: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng Tỉnh ủy', unit: 'Văn phòng Tỉnh ủy' },
  {
    fullName: 'Lê Thị Bích',
    position: 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
    unit: 'Ban Tổ chức Tỉnh ủy',
  },
  {
    fullName: 'Trịnh Văn Nam',
    position: 'Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy',
    unit: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  },
  { fullName: 'Hà Văn Trung', position: 'Giám đốc Sở Tài chính', unit: 'Sở Tài chính' },
  { fullName: 'Bùi Quốc Khánh', position: 'Giám đốc Sở Nội vụ', unit: 'Sở Nội vụ' },
  {
    fullName: 'Vũ Thị Lan',
    position: 'Giám đốc Sở Giáo dục và Đào tạo',
    unit: 'Sở Giáo dục và Đào tạo',
  },
  { fullName: 'Hoàng Minh Tuấn', position: 'Giám đốc Sở Y tế', unit: 'Sở Y tế' },
  { fullName: 'Ngô Văn Sơn', position: 'Giám đốc Sở Xây dựng', unit: 'Sở Xây dựng' },
  {
    fullName: 'Đặng Thị Yến',
    position: 'Giám đốc Sở Khoa học và Công nghệ',
    unit: 'Sở Khoa học và Công nghệ',
  },
  {
    fullName: 'Hồ Xuân Phúc',
    position: 'Giám đốc Sở Nông nghiệp và Môi trường',
    unit: 'Sở Nông nghiệp và Môi trường',
  },
  { fullName: 'Phạm Văn Đức', position: 'Giám đốc Sở Công Thương', unit: 'Sở Công Thương' },
  { fullName: 'Trần Thị Thu Hà', position: 'Giám đốc Sở Tư pháp', unit: 'Sở Tư pháp' },
  {
    fullName: 'Lương Văn Bình',
    position: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    unit: 'Sở Văn hóa, Thể thao và Du lịch',
  },
  { fullName: 'Mai Thị Hương', position: 'Chánh Thanh tra tỉnh', unit: 'Thanh tra tỉnh' },
  { fullName: 'Cao Văn Long', position: 'Giám đốc Công an tỉnh', unit: 'Công an tỉnh' },
  {
    fullName: 'Hoàng Đức Thắng',
    position: 'Giám đốc Trung tâm Hội nghị tỉnh',
    unit: 'Trung tâm Hội nghị tỉnh',
  },
  { fullName: 'Đinh Thị Vân', position: 'Phó Giám đốc Sở Tài chính', unit: 'Sở Tài chính' },
  { fullName: 'Tạ Quang Trung', position: 'Phó Giám đốc Sở Y tế', unit: 'Sở Y tế' },
  { fullName: 'Nguyễn Hữu Tình', position: 'Phó Giám đốc Sở Xây dựng', unit: 'Sở Xây dựng' },
  { fullName: 'Kiều Thị Mai', position: 'Phó Giám đốc Sở Nội vụ', unit: 'Sở Nội vụ' },
  {
    fullName: 'Phạm Thị Thanh Thủy',
    position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    unit: 'Ủy ban MTTQ Việt Nam tỉnh',
  },
  {
    fullName: 'Lê Văn Thắng',
    position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    unit: 'Ủy ban MTTQ Việt Nam tỉnh',
  },
  { fullName: 'Nguyễn Tiến Dũng', position: 'Bí thư Tỉnh đoàn', unit: 'Tỉnh đoàn Thanh Hóa' },
  {
    fullName: 'Trịnh Thị Hoa',
    position: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
    unit: 'Hội Liên hiệp Phụ nữ tỉnh',
  },
  {
    fullName: 'Nguyễn Văn Thành',
    position: 'Chủ tịch Hội Nông dân tỉnh',
    unit: 'Hội Nông dân tỉnh',
  },
  {
    fullName: 'Vũ Văn Tùng',
    position: 'Chủ tịch Hội Cựu chiến binh tỉnh',
    unit: 'Hội Cựu chiến binh tỉnh',
  },
  {
    fullName: 'Ngô Thị Hằng',
    position: 'Chủ tịch Liên đoàn Lao động tỉnh',
    unit: 'Liên đoàn Lao động tỉnh',
  },
  {
    fullName: 'Lò Văn Minh',
    position: 'Bí thư Đảng ủy xã Đông Tiến',
    unit: 'Đảng ủy xã Đông Tiến',
  },
  { fullName: 'Hà Thị Nga', position: 'Chủ tịch UBND xã Đông Tiến', unit: 'UBND xã Đông Tiến' },
  {
    fullName: 'Trương Văn Dũng',
    position: 'Bí thư Đảng ủy phường Hạc Thành',
    unit: 'Đảng ủy phường Hạc Thành',
  },
  {
    fullName: 'Lê Minh Quân',
    position: 'Chủ tịch UBND phường Hạc Thành',
    unit: 'UBND phường Hạc Thành',
  },
  { fullName: 'Phan Văn Toàn', position: 'Chủ tịch UBND xã Quảng Phú', unit: 'UBND xã Quảng Phú' },
  {
    fullName: 'Lương Thị Hạnh',
    position: 'Phó Chủ tịch UBND xã Quảng Phú',
    unit: 'UBND xã Quảng Phú',
  },
  {
    fullName: 'Bùi Văn Quyết',
    position: 'Bí thư Đảng ủy xã Hoằng Hóa',
    unit: 'Đảng ủy xã Hoằng Hóa',
  },
  { fullName: 'Đinh Văn Khoa', position: 'Trưởng phòng Tổng hợp', unit: 'Văn phòng Tỉnh ủy' },
  {
    fullName: 'Nguyễn Thị Ngọc Anh',
    position: 'Chuyên viên Phòng Tổng hợp',
    unit: 'Văn phòng Tỉnh ủy',
  },
  { fullName: 'Võ Thành Công', position: 'Phóng viên', unit: 'Báo Thanh Hóa' },
  {
    fullName: 'Lê Thị Mai',
    position: 'Biên tập viên',
    unit: 'Đài Phát thanh và Truyền hình tỉnh',
  },
  { fullName: 'Tống Văn Thịnh', position: 'Kỹ thuật viên', unit: 'Trung tâm Hội nghị tỉnh' },
  {
    fullName: 'Đoàn Thị Huyền',
    position: 'Chuyên viên',
    unit: 'Văn phòng UBND tỉnh',
    note: 'Phục vụ hội nghị',
  },
  {
    fullName: 'Quách Văn Lợi',
    position: 'Hiệu trưởng Trường Chính trị tỉnh',
    unit: 'Trường Chính trị tỉnh',
  },
  { fullName: 'Hoàng Thị Loan', position: 'Tổng Biên tập Báo Thanh Hóa', unit: 'Báo Thanh Hóa' },
  {
    fullName: 'Lê Xuân Thu',
    position: 'Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    unit: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
  },
  {
    fullName: 'Phạm Quang Vinh',
    position: 'Giám đốc Kho bạc Nhà nước khu vực',
    unit: 'Kho bạc Nhà nước khu vực',
    note: 'Dự thay nếu vắng',
  },
];

/** A fixed shuffle (the same on every run): rosters seldom arrive in protocol order. */
export function shuffled<T>(items: readonly T[], seed = 20250720): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The workbook as offices send it: a merged title, a date line, an empty row, the header
 * (with the position column named "Nhiệm vụ", which the reader does not recognise), the
 * numbered delegates, and a total row.
 */
export async function writeRosterXlsx(file: string, entries: readonly RosterEntry[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ';
  sheet.getCell('A2').value = 'Thanh Hóa, ngày 20 tháng 7 năm 2025';
  sheet.getRow(4).values = ['STT', 'Họ và tên', 'Nhiệm vụ', 'Cơ quan', 'Ghi chú'];
  entries.forEach((e, i) => {
    sheet.getRow(5 + i).values = [i + 1, e.fullName, e.position, e.unit, e.note ?? ''];
  });
  const totalRow = 5 + entries.length;
  sheet.mergeCells(`A${totalRow}:B${totalRow}`);
  sheet.getCell(`A${totalRow}`).value = `Tổng cộng: ${entries.length} đại biểu`;
  await workbook.xlsx.writeFile(file);
}
