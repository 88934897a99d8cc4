import { describe, expect, it } from 'vitest';
import presets from '../../resources/protocol-presets.json';
import type { PositionRule } from './positionRules';
import { foldPosition, splitPosts, suggestFromPosition } from './positionRules';

const party = presets.presets.find((p) => p.id === 'party')!;
const rules: PositionRule[] = party.rules.map((r, i) => ({
  id: `r${i}`,
  pattern: r.pattern,
  groupId: r.group,
  rank: r.rank,
}));
const order = new Map(party.groups.map((g, i) => [g.id, i]));
const suggest = (position: string) => {
  const s = suggestFromPosition(position, rules, order);
  return s && [s.groupId, s.rank];
};

describe('position rules', () => {
  it('ranks the Bí thư first and the Phó Bí thư Thường trực next, without confusing them', () => {
    expect(suggest('Bí thư Tỉnh ủy')).toEqual(['grp-thuong-truc-tu', 1]);
    expect(suggest('Phó Bí thư Thường trực Tỉnh ủy')).toEqual(['grp-thuong-truc-tu', 2]);
    expect(suggest('Phó Bí thư Tỉnh ủy')).toEqual(['grp-thuong-truc-tu', 3]);
  });

  it('understands HĐND/UBND written out in full, without accents, in any case', () => {
    expect(suggest('Chủ tịch Hội đồng nhân dân tỉnh')).toEqual(['grp-hdnd', 1]);
    expect(suggest('PHO CHU TICH UY BAN NHAN DAN TINH')).toEqual(['grp-ubnd', 3]);
    expect(suggest('Phó Chủ tịch Thường trực UBND tỉnh')).toEqual(['grp-ubnd', 2]);
  });

  it('ranks a person holding several posts by the highest one', () => {
    expect(suggest('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh')).toEqual(['grp-thuong-truc-tu', 3]);
    expect(suggest('Ủy viên Ban Thường vụ Tỉnh ủy - Phó Chủ tịch HĐND tỉnh')).toEqual([
      'grp-btv',
      1,
    ]);
    expect(suggest('Tỉnh ủy viên, Giám đốc Sở Tài chính')).toEqual(['grp-tinh-uy-vien', 1]);
  });

  it('prefers the most specific pattern for one post', () => {
    expect(suggest('Giám đốc Sở Y tế')).toEqual(['grp-so-nganh', 1]);
    expect(suggest('Giám đốc Công an tỉnh')).toEqual(['grp-so-nganh', 3]);
    expect(suggest('Phó Giám đốc Sở Nội vụ')).toEqual(['grp-so-nganh', 4]);
  });

  it('leaves unmatched positions to the operator', () => {
    expect(suggest('Chuyên viên')).toBeNull();
    expect(suggest('')).toBeNull();
  });

  it('splits posts on commas, dashes and "kiêm"', () => {
    expect(splitPosts('Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh')).toEqual([
      'bi thu tinh uy',
      'chu tich hdnd tinh',
    ]);
    expect(foldPosition('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')).toBe('ubmttq tinh');
  });

  it('every preset rule points at a group of its preset', () => {
    for (const preset of presets.presets) {
      const ids = new Set(preset.groups.map((g) => g.id));
      for (const r of preset.rules) expect(ids.has(r.group)).toBe(true);
    }
  });
});
