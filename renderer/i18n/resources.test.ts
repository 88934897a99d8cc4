import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';
import { VALIDATION_KEYS } from '../../shared/api/issues';
import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

// details.kind of IMPORT_UNSUPPORTED (electron/core/import/sniff.ts and xlsx.ts).
const UNSUPPORTED_KINDS = ['xls', 'ods', 'image', 'pdf', 'html', 'binary', 'encoding', 'zip'];

describe('i18n resources', () => {
  it('has the same keys in English as in Vietnamese', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(vi as Tree).sort());
  });

  it('translates every error code and validation key in both languages', () => {
    for (const lang of [vi, en]) {
      for (const code of ERROR_CODES) expect(lang.errors[code]).toBeTruthy();
      for (const key of VALIDATION_KEYS) {
        expect((lang.validation as Record<string, string>)[key]).toBeTruthy();
      }
    }
  });

  it('explains every kind of file the import refuses, in both languages', () => {
    for (const lang of [vi, en]) {
      for (const kind of UNSUPPORTED_KINDS) {
        expect((lang.errorDetails.unsupported as Record<string, string>)[kind]).toBeTruthy();
      }
    }
  });

  it('uses the report sentence the centre expects', () => {
    expect(vi.headcount.sentence).toBe('Dự tại điểm cầu có {{count}} đại biểu');
    expect(en.headcount.sentence).toBe('{{count}} delegates attended at this point');
  });

  it('has no empty strings', () => {
    for (const lang of [vi, en] as Tree[]) {
      const empty = keys(lang).filter((k) => {
        const v = k.split('.').reduce<string | Tree>((t, part) => (t as Tree)[part]!, lang);
        return typeof v === 'string' && v.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
