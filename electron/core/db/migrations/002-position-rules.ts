import type Database from 'better-sqlite3';

/**
 * Position rules: "a position beginning with P belongs to group G at rank R", editable by the
 * operator, used to suggest a group and rank when a roster is imported. Seeded with the
 * provincial Party committee preset, whose groups migration 1 created. Frozen: later preset
 * changes reach existing databases only when the operator applies a preset.
 */
const SEED: [string, string, number][] = [
  ['Ủy viên Bộ Chính trị', 'grp-trung-uong', 1],
  ['Bí thư Trung ương Đảng', 'grp-trung-uong', 2],
  ['Bộ trưởng', 'grp-trung-uong', 3],
  ['Thứ trưởng', 'grp-trung-uong', 4],
  ['Bí thư Tỉnh ủy', 'grp-thuong-truc-tu', 1],
  ['Phó Bí thư Thường trực Tỉnh ủy', 'grp-thuong-truc-tu', 2],
  ['Phó Bí thư Tỉnh ủy', 'grp-thuong-truc-tu', 3],
  ['Ủy viên Ban Thường vụ Tỉnh ủy', 'grp-btv', 1],
  ['Chủ tịch HĐND tỉnh', 'grp-hdnd', 1],
  ['Phó Chủ tịch Thường trực HĐND tỉnh', 'grp-hdnd', 2],
  ['Phó Chủ tịch HĐND tỉnh', 'grp-hdnd', 3],
  ['Chủ tịch UBND tỉnh', 'grp-ubnd', 1],
  ['Phó Chủ tịch Thường trực UBND tỉnh', 'grp-ubnd', 2],
  ['Phó Chủ tịch UBND tỉnh', 'grp-ubnd', 3],
  ['Tỉnh ủy viên', 'grp-tinh-uy-vien', 1],
  ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'grp-tinh-uy-vien', 1],
  ['Trưởng Ban', 'grp-ban-dang', 1],
  ['Chánh Văn phòng Tỉnh ủy', 'grp-ban-dang', 2],
  ['Phó Trưởng Ban', 'grp-ban-dang', 3],
  ['Giám đốc Sở', 'grp-so-nganh', 1],
  ['Chánh Thanh tra tỉnh', 'grp-so-nganh', 2],
  ['Giám đốc', 'grp-so-nganh', 3],
  ['Phó Giám đốc Sở', 'grp-so-nganh', 4],
  ['Phó Giám đốc', 'grp-so-nganh', 5],
  ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'grp-mttq', 1],
  ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'grp-mttq', 2],
  ['Bí thư Tỉnh đoàn', 'grp-mttq', 3],
  ['Chủ tịch Hội', 'grp-mttq', 4],
];

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE position_rules (
      id TEXT PRIMARY KEY,
      pattern TEXT NOT NULL,
      group_id TEXT NOT NULL REFERENCES protocol_groups(id),
      rank INTEGER NOT NULL,
      sort_order INTEGER NOT NULL
    ) STRICT;
  `);
  const groups = new Set(
    (db.prepare('SELECT id FROM protocol_groups').all() as { id: string }[]).map((g) => g.id),
  );
  const insert = db.prepare(
    'INSERT INTO position_rules (id, pattern, group_id, rank, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  SEED.forEach(([pattern, groupId, rank], i) => {
    // An operator may have no such group by now (renamed ids never happen, deletion might).
    if (groups.has(groupId))
      insert.run(`rule-${String(i + 1).padStart(3, '0')}`, pattern, groupId, rank, i);
  });
}
