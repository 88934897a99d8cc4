/**
 * Large, realistic rosters for the benchmarks and the export round-trip test (deterministic:
 * same seed, same bytes). Bench data, not the app's: it lives outside electron/, so no build
 * ships it; tests may still import it (the layer rules exempt test files). The XLSX has what
 * real lists have (title block, date line, header on row 4, merged title, a total row); the CSV
 * is what Excel writes from it (UTF-8 with BOM, comma-separated).
 */
import { EXPORT_HEADER } from '../electron/core/import/export';
import type { RosterExportRow } from '../electron/core/import/export';
import { writeXlsx } from '../electron/core/import/xlsx';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trịnh',
  'Đinh',
  'Lương',
  'Mai',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Quốc',
  'Ngọc',
  'Xuân',
  'Thu',
  'Công',
  'Bá',
  'Thị Thu',
  'Văn Hùng',
  'Đình',
  'Trọng',
];
const GIVEN = [
  'An',
  'Anh',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hòa',
  'Hưng',
  'Hương',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Ngân',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thúy',
  'Trung',
  'Tuấn',
  'Uyên',
  'Việt',
  'Xuân',
  'Yến',
  'Ánh',
  'Ước',
];
const POSITIONS = [
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch HĐND tỉnh',
  'Ủy viên Ban Thường vụ Tỉnh ủy',
  'Giám đốc',
  'Phó Giám đốc',
  'Trưởng phòng',
  'Chánh Văn phòng',
  'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
  'Bí thư Huyện ủy',
  'Chuyên viên',
];
const UNITS = [
  'Tỉnh ủy',
  'HĐND tỉnh',
  'UBND tỉnh',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ủy ban MTTQ Việt Nam tỉnh',
  'Huyện ủy Quảng Xương',
  'UBND thành phố Thanh Hóa',
];
const GROUPS = [
  'Đại biểu Trung ương',
  'Thường trực Tỉnh ủy',
  'Ban Thường vụ',
  'Sở, ban, ngành',
  'Địa phương',
];
const NOTES = ['', '', '', '', 'Dự trực tiếp', 'Có giấy mời', 'Ủy quyền'];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` plausible people, always the same for the same seed. */
export function generateBenchRoster(count = 5000, seed = 20_260_101): RosterExportRow[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const rows: RosterExportRow[] = [];
  for (let i = 0; i < count; i++) {
    const phone = rnd() < 0.8 ? `09${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` : '';
    rows.push({
      fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      position: pick(POSITIONS),
      unit: pick(UNITS),
      phone,
      note: pick(NOTES),
      group: pick(GROUPS),
      rank: rnd() < 0.7 ? 1 + Math.floor(rnd() * 50) : null,
    });
  }
  return rows;
}

function tableRows(people: readonly RosterExportRow[]): Array<Array<string | number | null>> {
  return [
    ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'],
    ['Thanh Hóa, ngày 05 tháng 01 năm 2026'],
    [],
    [...EXPORT_HEADER],
    ...people.map((p, i) => [
      i + 1,
      p.fullName,
      p.position,
      p.unit,
      p.phone,
      p.note,
      p.group,
      p.rank,
    ]),
    ['Tổng cộng', `${people.length} đại biểu`],
  ];
}

const csvField = (v: string | number | null) => {
  const t = v === null ? '' : String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

/** XLSX and CSV bytes of the same `count`-person roster. */
export async function generateBenchFiles(
  count = 5000,
  seed?: number,
): Promise<{ people: RosterExportRow[]; xlsx: Uint8Array; csv: Uint8Array }> {
  const people = generateBenchRoster(count, seed);
  const rows = tableRows(people);
  const xlsx = await writeXlsx('Danh sách', rows, { headerRow: 3 });
  const width = EXPORT_HEADER.length;
  const text = rows
    .map((r) => Array.from({ length: width }, (_, c) => csvField(r[c] ?? null)).join(','))
    .join('\r\n');
  const body = new TextEncoder().encode(text + '\r\n');
  const csv = new Uint8Array(body.length + 3);
  csv.set([0xef, 0xbb, 0xbf]);
  csv.set(body, 3);
  return { people, xlsx, csv };
}

// prettier-ignore
const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm',
  'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];
// prettier-ignore
const RHYMES = [
  'a', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'au', 'ay', 'ăm', 'ăn', 'ăng', 'âm', 'ân', 'âu', 'ây',
  'e', 'em', 'en', 'eo', 'ê', 'ên', 'ênh', 'i', 'im', 'in', 'inh', 'iêu', 'o', 'oa', 'oan', 'ong',
  'ô', 'ôi', 'ông', 'ơ', 'ơi', 'ơn', 'u', 'ui', 'un', 'ung', 'uy', 'ư', 'ưa', 'ương',
];
/** No mark, huyền, hỏi, ngã, sắc, nặng (combining), placed on the rhyme's first vowel. */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/**
 * Text that reads like the long cells real lists grow (addresses, ID numbers, remarks): tone-
 * marked syllables and numbers, random enough that a zip cannot shrink it to nothing, so a file
 * near the import limit holds tens of thousands of rows rather than millions.
 */
function longCell(rnd: () => number, length: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const word =
      rnd() < 0.12
        ? String(Math.floor(rnd() * 100_000))
        : (
            pick(ONSETS) +
            pick(RHYMES).replace(/^([^aăâeêioôơuưy]*[aăâeêioôơuưy])/, `$1${pick(TONES)}`)
          ).normalize('NFC');
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

/**
 * An XLSX roster as large as an import may be: `count` people, each with a `noteLength`-
 * character note, in the same layout as the bench roster. For measuring check-in while the
 * core's worker reads a file of that size.
 */
export async function generateLargeXlsx(
  count: number,
  noteLength: number,
  seed = 20_260_102,
): Promise<Uint8Array> {
  const rnd = prng(seed);
  const people = generateBenchRoster(count, seed).map((p) => ({
    ...p,
    note: longCell(rnd, noteLength),
  }));
  return writeXlsx('Danh sách', tableRows(people), { headerRow: 3 });
}
