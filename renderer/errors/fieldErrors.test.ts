import { describe, expect, it } from 'vitest';
import { splitIssues } from './fieldErrors';

const translate = (key: string) => `t:${key}`;

describe('splitIssues', () => {
  it('places issues under the form prefix beside the fields the form claims', () => {
    const { fields, rest } = splitIssues(
      [
        { path: ['meeting', 'title'], message: 'required' },
        { path: ['meeting', 'agenda', 1, 'plannedStart'], message: 'invalid_time' },
        { path: ['id'], message: 'required' },
      ],
      { prefix: ['meeting'], claims: (k) => k === 'title' || k.startsWith('agenda.') },
      translate,
    );
    expect(fields).toEqual({ title: 't:required', 'agenda.1.plannedStart': 't:invalid_time' });
    expect(rest).toEqual([{ path: ['id'], message: 'required' }]);
  });

  it('keeps the first message when a field has several issues', () => {
    const { fields } = splitIssues(
      [
        { path: ['endTime'], message: 'invalid_time' },
        { path: ['endTime'], message: 'end_before_start' },
      ],
      { claims: () => true },
      translate,
    );
    expect(fields).toEqual({ endTime: 't:invalid_time' });
  });

  it('leaves every issue for the notification when no form is involved', () => {
    const issues = [{ path: ['title'], message: 'required' }];
    expect(splitIssues(issues, undefined, translate).rest).toEqual(issues);
  });
});
