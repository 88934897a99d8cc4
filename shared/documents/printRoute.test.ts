import { describe, expect, it } from 'vitest';
import { printRoute, requestOf } from './printRoute';

describe('the print route', () => {
  it('names the document and, for an attendance list, which people', () => {
    expect(printRoute({ meetingId: 'm1', document: 'attendance', filter: 'absent' })).toBe(
      '/print/m1/attendance?filter=absent',
    );
    expect(printRoute({ meetingId: 'm1', document: 'signin', filter: 'absent' })).toBe(
      '/print/m1/signin',
    );
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(requestOf('m1', 'attendance', 'present')).toEqual({
      meetingId: 'm1',
      document: 'attendance',
      filter: 'present',
    });
    expect(requestOf('m1', 'speeches', 'bogus')?.filter).toBe('all');
    expect(requestOf('m1', 'minutes', null)).toBeNull();
    expect(requestOf(undefined, 'signin', null)).toBeNull();
  });
});
