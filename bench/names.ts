/** Plausible Vietnamese names and positions for benchmarks and large fixtures (deterministic). */
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
  'Vân',
  'Yến',
];
const POSITIONS = [
  'Giám đốc Sở',
  'Phó Giám đốc Sở',
  'Chánh Văn phòng',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Bí thư',
  'Chuyên viên',
];
const UNITS = [
  'Sở Tài chính',
  'Sở Nội vụ',
  'Ban Tuyên giáo',
  'Văn phòng Tỉnh ủy',
  'UBND huyện Đông Sơn',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Công an tỉnh',
];

/** Small deterministic PRNG so every run measures the same data. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function fakePerson(r: () => number) {
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  return {
    fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    position: pick(POSITIONS),
    unit: pick(UNITS),
  };
}
