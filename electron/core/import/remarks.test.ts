import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping, Role } from './header';
import { ROLES } from './header';
import { noteAsRemark, remarksForMeeting } from './remarks';
import type { RosterReadResult, RosterRow } from './roster';

/** Mappings as the reader makes them: each role at most once, each column at most one role. */
const mappings = fc.shuffledSubarray([...ROLES], { minLength: 0 }).chain((roles) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 40 }), {
      minLength: roles.length,
      maxLength: roles.length,
    })
    .map((cols) => Object.fromEntries(roles.map((r, i) => [r, cols[i]])) as ColumnMapping),
);

const row = (line: number, note: string): RosterRow => ({
  line,
  fullName: `Người ${line}`,
  position: '',
  unit: '',
  phone: '',
  note,
  remark: '',
  group: '',
  rank: null,
  problems: [],
});

function read(mapping: ColumnMapping, rows: RosterRow[]): RosterReadResult {
  return {
    kind: 'csv',
    headerRow: 0,
    headerRows: 1,
    columns: [],
    mapping,
    detectedMapping: mapping,
    rows,
    sections: [],
    skipped: [],
    preview: [],
  } as RosterReadResult;
}

describe('a meeting roster’s notes as remarks', () => {
  it('moves only the note column to the remark role, keeping every other role where it was', () => {
    fc.assert(
      fc.property(mappings, (mapping) => {
        const moved = noteAsRemark(mapping);
        const others = (m: ColumnMapping) =>
          Object.entries(m).filter(([role]) => role !== 'note' && role !== 'remark');
        expect(others(moved)).toEqual(others(mapping));
        if (mapping.note !== undefined && mapping.remark === undefined) {
          expect(moved.remark).toBe(mapping.note);
          expect(moved.note).toBeUndefined();
        } else {
          expect(moved).toEqual(mapping);
        }
        // The columns in use stay the same set: nothing read is dropped, nothing is read twice.
        expect(new Set(Object.values(moved))).toEqual(new Set(Object.values(mapping)));
      }),
    );
  });

  it('carries each row’s note text into its remark and leaves the directory note empty', () => {
    const result = remarksForMeeting(
      read({ fullName: 1, note: 4 } as Partial<Record<Role, number>>, [
        row(2, 'Chủ trì'),
        row(3, ''),
        row(4, 'Vắng - đi công tác'),
      ]),
    );
    expect(result.mapping).toEqual({ fullName: 1, remark: 4 });
    expect(result.detectedMapping).toEqual({ fullName: 1, remark: 4 });
    expect(result.rows.map((r) => [r.note, r.remark])).toEqual([
      ['', 'Chủ trì'],
      ['', ''],
      ['', 'Vắng - đi công tác'],
    ]);
  });

  it('leaves a roster with its own remark column, or without notes, as it was', () => {
    const own = read({ fullName: 1, note: 4, remark: 5 }, [row(2, 'Trưởng đoàn')]);
    expect(remarksForMeeting(own)).toBe(own);
    const none = read({ fullName: 1 }, [row(2, '')]);
    expect(remarksForMeeting(none)).toBe(none);
  });
});
