import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { FieldIssue } from './errors';
import { toFieldIssues } from './issues';
import { isMethodName, methods } from './methods';
import { AttendanceChange, MeetingInput, PersonInput, ProfileInput } from './schemas';

/** The field issues the UI would show for an input, or [] when the input is accepted. */
function issuesOf(schema: z.ZodType, input: unknown): FieldIssue[] {
  const r = schema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error);
}

describe('AttendanceChange', () => {
  it.each([
    [{ inviteeId: 'i1', status: 'pending' }],
    [{ inviteeId: 'i1', status: 'present' }],
    [{ inviteeId: 'i1', status: 'absent' }],
    [{ inviteeId: 'i1', status: 'late' }],
    [{ inviteeId: 'i1', status: 'late', time: '2025-03-10T08:05:00+07:00' }],
    [{ inviteeId: 'i1', status: 'left_early', time: '2025-03-10T02:00:00Z' }],
    [{ inviteeId: 'i1', status: 'absent_excused', reason: 'Đi công tác' }],
    [
      {
        inviteeId: 'i1',
        status: 'substituted',
        substituteName: 'Lê Văn B',
        substitutePosition: 'Phó Giám đốc',
      },
    ],
  ])('accepts a complete change: %j', (input) => {
    expect(issuesOf(AttendanceChange, input)).toEqual([]);
  });

  it('requires a reason for absent_excused', () => {
    expect(issuesOf(AttendanceChange, { inviteeId: 'i1', status: 'absent_excused' })).toEqual([
      { path: ['reason'], message: 'reason_required' },
    ]);
  });

  it('does not take a blank reason as a reason', () => {
    expect(
      issuesOf(AttendanceChange, { inviteeId: 'i1', status: 'absent_excused', reason: '   ' }),
    ).toEqual([{ path: ['reason'], message: 'reason_required' }]);
  });

  it('trims the reason', () => {
    const parsed = AttendanceChange.parse({
      inviteeId: 'i1',
      status: 'absent_excused',
      reason: '  Ốm  ',
    });
    expect(parsed).toEqual({ inviteeId: 'i1', status: 'absent_excused', reason: 'Ốm' });
  });

  it('requires the substitute name and position for substituted', () => {
    expect(issuesOf(AttendanceChange, { inviteeId: 'i1', status: 'substituted' })).toEqual(
      expect.arrayContaining([
        { path: ['substituteName'], message: 'substitute_name_required' },
        { path: ['substitutePosition'], message: 'substitute_position_required' },
      ]),
    );
    expect(
      issuesOf(AttendanceChange, {
        inviteeId: 'i1',
        status: 'substituted',
        substituteName: 'Lê Văn B',
        substitutePosition: ' ',
      }),
    ).toEqual([{ path: ['substitutePosition'], message: 'substitute_position_required' }]);
    expect(
      issuesOf(AttendanceChange, {
        inviteeId: 'i1',
        status: 'substituted',
        substitutePosition: 'Phó Giám đốc',
      }),
    ).toEqual([{ path: ['substituteName'], message: 'substitute_name_required' }]);
  });

  it('rejects an unknown status, a missing invitee and a malformed time', () => {
    expect(issuesOf(AttendanceChange, { inviteeId: 'i1', status: 'asleep' })).not.toEqual([]);
    expect(issuesOf(AttendanceChange, { status: 'present' })).toEqual([
      { path: ['inviteeId'], message: 'required' },
    ]);
    expect(issuesOf(AttendanceChange, { inviteeId: 'i1', status: 'late', time: '08:05' })).toEqual([
      { path: ['time'], message: 'invalid_time' },
    ]);
  });
});

describe('MeetingInput', () => {
  const base = { title: 'Hội nghị trực tuyến', date: '2025-03-10', startTime: '08:00' };

  it('accepts a meeting with only the required fields and fills the defaults', () => {
    expect(MeetingInput.parse(base)).toEqual({
      ...base,
      centerHost: '',
      centerChairs: [],
      localChairId: null,
      endTime: null,
      agenda: [],
    });
  });

  it("rejects an end time before the start time ('end_before_start')", () => {
    expect(issuesOf(MeetingInput, { ...base, endTime: '07:30' })).toEqual([
      { path: ['endTime'], message: 'end_before_start' },
    ]);
  });

  it('rejects an end time equal to the start time', () => {
    expect(issuesOf(MeetingInput, { ...base, endTime: '08:00' })).toEqual([
      { path: ['endTime'], message: 'end_before_start' },
    ]);
  });

  it('accepts an end time after the start time', () => {
    expect(issuesOf(MeetingInput, { ...base, endTime: '11:30' })).toEqual([]);
  });

  it.each(['2023-02-30', '2023-02-29', '2025-13-01', '2025-04-31', '2025-3-10', '10/03/2025', ''])(
    'rejects the impossible or malformed date %j',
    (date) => {
      // A malformed date may be reported twice (pattern and calendar check): same field, same key.
      const issues = issuesOf(MeetingInput, { ...base, date });
      expect(issues.length).toBeGreaterThan(0);
      expect(new Set(issues.map((i) => JSON.stringify(i)))).toEqual(
        new Set([JSON.stringify({ path: ['date'], message: 'invalid_date' })]),
      );
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(issuesOf(MeetingInput, { ...base, date: '2024-02-29' })).toEqual([]);
  });

  it.each(['24:00', '8:00', '08:60', '0800'])('rejects the clock time %j', (startTime) => {
    expect(issuesOf(MeetingInput, { ...base, startTime })).toEqual([
      { path: ['startTime'], message: 'invalid_time' },
    ]);
  });

  it('requires a title that is not blank', () => {
    expect(issuesOf(MeetingInput, { ...base, title: '   ' })).toEqual([
      { path: ['title'], message: 'required' },
    ]);
  });
});

describe('ProfileInput', () => {
  const base = {
    pointName: 'Điểm cầu Tỉnh ủy',
    provinceCode: 'thanh-hoa',
    bodyKind: 'party',
    placeName: 'Thanh Hóa',
    operatorName: 'Lê Văn C',
  };

  it('accepts a listed province without provinceOther', () => {
    expect(issuesOf(ProfileInput, base)).toEqual([]);
  });

  it("requires provinceOther when provinceCode is 'other'", () => {
    expect(issuesOf(ProfileInput, { ...base, provinceCode: 'other' })).toEqual([
      { path: ['provinceOther'], message: 'required' },
    ]);
    expect(issuesOf(ProfileInput, { ...base, provinceCode: 'other', provinceOther: '  ' })).toEqual(
      [{ path: ['provinceOther'], message: 'required' }],
    );
  });

  it("accepts 'other' with provinceOther", () => {
    expect(
      issuesOf(ProfileInput, { ...base, provinceCode: 'other', provinceOther: 'Bộ Ngoại giao' }),
    ).toEqual([]);
  });

  it('requires the point and operator names', () => {
    expect(issuesOf(ProfileInput, { provinceCode: 'thanh-hoa' })).toEqual(
      expect.arrayContaining([
        { path: ['pointName'], message: 'required' },
        { path: ['operatorName'], message: 'required' },
      ]),
    );
  });
});

describe('PersonInput', () => {
  it('rejects a rank below 1 or not whole and a phone with letters', () => {
    expect(issuesOf(PersonInput, { fullName: 'Lê Văn An', rank: 0 })).toEqual([
      { path: ['rank'], message: 'invalid_number' },
    ]);
    expect(issuesOf(PersonInput, { fullName: 'Lê Văn An', rank: 1.5 })).toEqual([
      { path: ['rank'], message: 'invalid_number' },
    ]);
    expect(issuesOf(PersonInput, { fullName: 'Lê Văn An', phone: '09x' })).toEqual([
      { path: ['phone'], message: 'invalid_phone' },
    ]);
  });

  it('accepts a phone written with spaces, dots, dashes, brackets and +', () => {
    expect(issuesOf(PersonInput, { fullName: 'Lê Văn An', phone: '+84 (237) 385.2-123' })).toEqual(
      [],
    );
  });
});

describe('method map', () => {
  it('knows its own methods and nothing inherited from Object', () => {
    expect(isMethodName('attendance.set')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName('constructor')).toBe(false);
  });

  it('rejects unknown fields in strict inputs', () => {
    expect(issuesOf(methods['people.get'].input, { id: 'p1', extra: 1 })).toEqual([
      { path: [], message: 'unknown_field' },
    ]);
  });
});
