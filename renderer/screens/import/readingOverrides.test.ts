import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/api/directorySchemas';
import { nextOverrides, roleAt, withRole } from './readingOverrides';

const preview = {
  headerRow: 3,
  headerRows: 1,
  mapping: { index: 0, fullName: 1, unit: 3 },
} as unknown as ImportPreview;

describe('column mapping', () => {
  it('moves a role to the column chosen for it', () => {
    const mapping = { index: 0, fullName: 1, unit: 3 };
    expect(withRole(mapping, 2, 'position')).toEqual({ ...mapping, position: 2 });
    expect(withRole(mapping, 2, 'unit')).toEqual({ index: 0, fullName: 1, unit: 2 });
    expect(withRole(mapping, 1, null)).toEqual({ index: 0, unit: 3 });
    expect(withRole(mapping, 3, 'note')).toEqual({ index: 0, fullName: 1, note: 3 });
    expect(roleAt(mapping, 3)).toBe('unit');
    expect(roleAt(mapping, 4)).toBeNull();
  });
});

describe('reading overrides', () => {
  it('keeps earlier choices and drops the ones a change makes stale', () => {
    const before = { encoding: 'tcvn3' as const, mapping: { fullName: 2 } };
    expect(nextOverrides(before, preview, { kind: 'headerRow', headerRow: 5 })).toEqual({
      encoding: 'tcvn3',
      headerRow: 5,
      headerRows: 1,
    });
    expect(nextOverrides(before, preview, { kind: 'encoding', encoding: 'utf-8' })).toEqual({
      encoding: 'utf-8',
      mapping: { fullName: 2 },
    });
    expect(nextOverrides(before, preview, { kind: 'sheet', sheet: 'Khách mời' })).toEqual({
      sheet: 'Khách mời',
    });
    expect(
      nextOverrides({ headerRow: 2 }, preview, { kind: 'mapping', mapping: { fullName: 1 } }),
    ).toEqual({ headerRow: 2, mapping: { fullName: 1 } });
  });
});
