import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, needsFormulaGuard, unguardFormula } from './formulaGuard';

describe('formula guard', () => {
  it('guards every way a cell can start a formula, full-width forms and leading blanks included', () => {
    for (const cell of [
      '=HYPERLINK("http://x")',
      '+84 912 345 678',
      '-1',
      '@SUM(A1)',
      '＝1+1',
      '＋84',
      '－5',
      '＠x',
      ' =1',
      '\t=1',
      '\r\n=1',
    ]) {
      expect(needsFormulaGuard(cell), JSON.stringify(cell)).toBe(true);
      expect(guardFormula(cell)).toBe(`'${cell}`);
    }
    // A cell that really starts with an apostrophe before a formula sign keeps it.
    expect(unguardFormula(guardFormula("'+84"))).toBe("'+84");
    expect(guardFormula("'+84")).toBe("''+84");
    for (const cell of ['Lê Văn Tám', '0912 345 678', "'quoted", 'a=b', '']) {
      expect(guardFormula(cell)).toBe(cell);
    }
  });

  it('gives back exactly the text that was guarded, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', 'a', '＝'), maxLength: 8 }),
        (s) => {
          expect(unguardFormula(guardFormula(s))).toBe(s);
        },
      ),
    );
  });
});
