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

const CONSONANTS = [...'bcdđghklmnpqrstvx'];
const VOWELS = [...'aăâeêioôơuưy'];
/** No mark, huyền, hỏi, ngã, sắc, nặng (combining, composed with their vowel below). */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/**
 * `length` characters of Vietnamese letters in random words: tone-marked vowels, consonants,
 * capitals, now and then a number. Random enough that a zip shrinks it little (about a byte a
 * character), so that a workbook near the 20 MB file limit holds no more text than an import
 * may read (20 million characters).
 */
function randomText(rnd: () => number, length: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const letter = () =>
    rnd() < 0.45 ? pick(CONSONANTS) : (pick(VOWELS) + pick(TONES)).normalize('NFC');
  let text = '';
  while (text.length < length) {
    for (let n = 2 + Math.floor(rnd() * 6); n > 0; n--) {
      text += rnd() < 0.25 ? letter().toUpperCase() : letter();
    }
    text += rnd() < 0.04 ? ` ${Math.floor(rnd() * 10_000)} ` : ' ';
  }
  return text.slice(0, length).trimEnd();
}

/** Columns a large roster adds to the usual ones, and how long their text is. */
const LARGE_EXTRA = [
  ['Địa chỉ', 190],
  ['Quá trình công tác', 270],
] as const;
const LARGE_NOTE = 430;

/**
 * An XLSX roster as large as an import may be: `count` people (20,000: what one import takes)
 * in the bench roster's layout, each with a long note and two long columns the reader does
 * not map (address, career), about 20 MB in all. Also says how many cells and characters of
 * text it holds, which the import limits count.
 */
export async function generateLargeXlsx(
  count: number,
  seed = 20_260_102,
): Promise<{ bytes: Uint8Array; cells: number; chars: number }> {
  const rnd = prng(seed);
  const people = generateBenchRoster(count, seed).map((p) => ({
    ...p,
    note: randomText(rnd, LARGE_NOTE),
  }));
  const rows = tableRows(people).map((cells, r) => {
    if (r < 3 || r === people.length + 4) return cells;
    if (r === 3) return [...cells.slice(0, 8), ...LARGE_EXTRA.map(([name]) => name)];
    return [...cells, ...LARGE_EXTRA.map(([, length]) => randomText(rnd, length))];
  });
  let cells = 0;
  let chars = 0;
  for (const row of rows) {
    for (const v of row) {
      if (v === null || v === '') continue;
      cells++;
      chars += String(v).length;
    }
  }
  return { bytes: await writeXlsx('Danh sách', rows, { headerRow: 3 }), cells, chars };
}
