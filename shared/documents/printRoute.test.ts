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

  it('names the report’s revision, and reads only a revision number back', () => {
    const route = printRoute({ meetingId: 'm1', document: 'report', filter: 'all', revision: 3 });
    expect(route).toBe('/print/m1/report?revision=3');
    expect(printRoute({ meetingId: 'm1', document: 'report', filter: 'present' })).toBe(
      '/print/m1/report',
    );
    expect(requestOf('m1', 'report', null, '3')).toEqual({
      meetingId: 'm1',
      document: 'report',
      filter: 'all',
      revision: 3,
    });
    expect(requestOf('m1', 'report', null, '0')?.revision).toBeUndefined();
    expect(requestOf('m1', 'report', null, '2x')?.revision).toBeUndefined();
    expect(requestOf('m1', 'attendance', null, '3')?.revision).toBeUndefined();
  });
});
