/**
 * Notes for the benchmarks (deterministic: same seed, same text): sentences of the kind an
 * operator writes during a provincial briefing, of lengths from a line to a long paragraph, and
 * the search mix run over them.
 */
export const KINDS = ['opinion', 'conclusion', 'recommendation', 'task', 'general'] as const;

/** Phrases of provincial briefings, to build sentences of the kind an operator writes. */
const SUBJECTS = [
  'Ủy ban nhân dân tỉnh',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Ban Quản lý dự án',
  'các huyện, thị xã, thành phố',
  'Sở Giao thông vận tải',
  'Sở Thông tin và Truyền thông',
  'đồng chí Chủ tịch',
  'đồng chí Phó Bí thư Thường trực',
  'Công an tỉnh',
  'Sở Y tế',
];
const VERBS = [
  'đề nghị',
  'kiến nghị Trung ương',
  'báo cáo',
  'thống nhất',
  'chỉ đạo',
  'cam kết',
  'đề xuất',
  'yêu cầu',
  'khẩn trương',
  'tập trung',
];
const OBJECTS = [
  'đẩy nhanh tiến độ giải ngân vốn đầu tư công',
  'tháo gỡ vướng mắc trong công tác giải phóng mặt bằng',
  'bổ sung ngân sách cho các xã vùng cao',
  'hoàn thành chuyển đổi số trong cải cách hành chính',
  'khắc phục hậu quả mưa lũ tại các huyện miền núi',
  'bảo đảm an sinh xã hội dịp Tết Nguyên đán',
  'xử lý dứt điểm các dự án chậm tiến độ',
  'nâng cao chất lượng nguồn nhân lực',
  'phòng, chống dịch bệnh trên gia súc, gia cầm',
  'sắp xếp lại đơn vị hành chính cấp xã',
  'triển khai Nghị quyết của Ban Chấp hành Trung ương',
  'tăng cường kiểm tra, giám sát việc thực hiện',
  'hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận tín dụng',
  'xây dựng nông thôn mới nâng cao',
  'quản lý chặt chẽ tài nguyên khoáng sản',
];
const TAILS = [
  'trước ngày 30 tháng 6',
  'trong quý III năm 2026',
  'theo đúng quy định của pháp luật',
  'báo cáo kết quả về Văn phòng Chính phủ',
  'bảo đảm tiến độ đã đề ra',
  'với tỷ lệ đạt trên 95%',
  'tại cuộc họp lần sau',
  'không để xảy ra tình trạng đùn đẩy trách nhiệm',
];

/** A small deterministic generator: the same notes every run. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function noteText(rand: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // From a line to a long paragraph: lengths spread over 1 to 12 sentences.
  const sentences = 1 + Math.floor(rand() * rand() * 12);
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${rand() < 0.6 ? `, ${pick(TAILS)}` : ''}.`;
    out.push(s.charAt(0).toUpperCase() + s.slice(1));
  }
  return out.join(rand() < 0.3 ? '\n- ' : ' ');
}

/** The search mix: one word and several, accents typed or not, rare and common. */
export const QUERIES = [
  'ngân sách',
  'ngan sach',
  'giải ngân vốn đầu tư công',
  'giai ngan von dau tu cong',
  'lũ',
  'lu',
  'chuyển đổi số',
  'chuyen doi so',
  'tỉnh',
  'tinh',
  'đồng chí chủ tịch',
  'dong chi chu tich',
  'khoáng sản',
  'khoang san',
  'tín dụng doanh nghiệp',
  'tin dung doanh nghiep',
  'giám sát',
  'nghi quyet trung uong',
];
