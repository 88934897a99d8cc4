import { describe, expect, it } from 'vitest';
import type { ImportPreviewRow } from '../../../shared/api/directorySchemas';
import {
  actionsFor,
  carryChoices,
  chooseForDuplicates,
  chooseGroupForUngrouped,
  commitBlock,
  commitRows,
  countActions,
  defaultChoices,
  isImportable,
  issuesByLine,
} from './importRows';

function row(line: number, extra: Partial<ImportPreviewRow> = {}): ImportPreviewRow {
  return {
    line,
    fullName: `Người ${line}`,
    position: 'Giám đốc Sở Tài chính',
    unit: 'Sở Tài chính',
    phone: '',
    note: '',
    remark: '',
    givenName: '',
    groupId: 'grp-so-nganh',
    rank: 1,
    groupSource: 'rule',
    problems: [],
    duplicateOfLine: null,
    existing: null,
    ...extra,
  };
}

const existing = { id: 'p1', fullName: 'Người 6', position: 'Phó Giám đốc', unit: 'Sở Tài chính' };
const rows = [
  row(5),
  row(6, { problems: ['in_directory'], existing }),
  row(7, { problems: ['duplicate_in_file'], duplicateOfLine: 5 }),
  row(8, { fullName: '', problems: ['missing_name'] }),
  row(9, { groupId: null, rank: null, groupSource: 'none', position: 'Chuyên viên' }),
];

describe('import rows', () => {
  it('skips duplicates by default and adds the rest', () => {
    const choices = defaultChoices(rows);
    expect([...choices.values()].map((c) => c.action)).toEqual([
      'add',
      'skip',
      'skip',
      'add',
      'add',
    ]);
    expect(countActions(rows, choices)).toEqual({ add: 2, update: 0, skip: 2, missing: 1 });
  });

  it('offers "update" only when someone is in the directory', () => {
    expect(actionsFor(rows[1]!)).toEqual(['skip', 'update', 'add']);
    expect(actionsFor(rows[2]!)).toEqual(['skip', 'add']);
  });

  it('applies one action to every duplicate it fits', () => {
    const updated = chooseForDuplicates(rows, defaultChoices(rows), 'update');
    expect(updated.get(6)?.action).toBe('update');
    expect(updated.get(7)?.action).toBe('skip');
    expect(updated.get(5)?.action).toBe('add');
    const added = chooseForDuplicates(rows, updated, 'add');
    expect(added.get(6)?.action).toBe('add');
    expect(added.get(7)?.action).toBe('add');
  });

  it('groups only the rows nothing placed', () => {
    const choices = chooseGroupForUngrouped(rows, defaultChoices(rows), 'grp-khach-moi');
    expect(choices.get(9)?.groupId).toBe('grp-khach-moi');
    expect(choices.get(5)?.groupId).toBe('grp-so-nganh');
  });

  it('sends every named row, with the directory entry and a rank only for its own group', () => {
    const choices = new Map(defaultChoices(rows));
    choices.set(5, { groupId: 'grp-khach-moi', action: 'add' });
    const sent = commitRows(rows, choices);
    expect(sent.map((r) => r.line)).toEqual([5, 6, 7, 9]);
    expect(sent[0]).toMatchObject({ groupId: 'grp-khach-moi', rank: null, action: 'add' });
    expect(sent[1]).toMatchObject({
      action: 'skip',
      existingPersonId: 'p1',
      rank: 1,
      givenName: '',
    });
    expect(sent[3]).toMatchObject({ groupId: null, existingPersonId: null });
  });

  it('keeps the decisions for the same people when the file is read again', () => {
    const choices = new Map(defaultChoices(rows));
    choices.set(6, { groupId: 'grp-so-nganh', action: 'update' });
    choices.set(9, { groupId: 'grp-khach-moi', action: 'add' });
    const reread = rows.map((r) =>
      r.line === 5
        ? { ...r, groupId: 'grp-ubnd', rank: 3 }
        : r.line === 7
          ? { ...r, fullName: 'Khác' }
          : r,
    );
    const carried = carryChoices(rows, choices, reread);
    expect(carried.get(5)).toEqual({ groupId: 'grp-ubnd', action: 'add' });
    expect(carried.get(6)).toEqual({ groupId: 'grp-so-nganh', action: 'update' });
    expect(carried.get(7)?.action).toBe('skip');
    expect(carried.get(9)?.groupId).toBe('grp-khach-moi');
  });

  it('places commit issues on the lines of the file', () => {
    const sent = commitRows(rows, defaultChoices(rows));
    const byLine = issuesByLine(
      [
        { path: ['rows', 3, 'phone'], message: 'invalid_phone' },
        { path: ['rows', 0], message: 'invalid_value' },
        { path: ['inviteToMeetingId'], message: 'required' },
      ],
      sent,
    );
    expect([...byLine.entries()]).toEqual([
      [9, [{ field: 'phone', message: 'invalid_phone' }]],
      [5, [{ field: 'row', message: 'invalid_value' }]],
    ]);
  });
});

describe('whether the commit button can be used', () => {
  const skipAll = (list: typeof rows) =>
    new Map(list.map((r) => [r.line, { groupId: r.groupId, action: 'skip' as const }]));

  it('can when someone is added or updated', () => {
    expect(commitBlock(rows, defaultChoices(rows), false)).toBeNull();
  });

  it('cannot when every row is skipped, and says so', () => {
    expect(commitBlock(rows, skipAll(rows), false)).toBe('allSkipped');
  });

  it('can when skipped people already in the directory are invited to a meeting', () => {
    expect(commitBlock(rows, skipAll(rows), true)).toBeNull();
    const nobodyKnown = rows.filter((r) => r.existing === null);
    expect(commitBlock(nobodyKnown, skipAll(nobodyKnown), true)).toBe('allSkipped');
  });

  it('cannot when the file gave no row to import', () => {
    const unnamed = [rows[3]!];
    expect(commitBlock(unnamed, defaultChoices(unnamed), true)).toBe('nothing');
    expect(commitBlock([], new Map(), false)).toBe('nothing');
  });
});

describe('rows that cannot be stored', () => {
  it('never imports a row whose text is too long for the directory', () => {
    expect(isImportable(row(9, { problems: ['too_long'] }))).toBe(false);
    expect(isImportable(row(10, { problems: ['in_directory'] }))).toBe(true);
  });
});
