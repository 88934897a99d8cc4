import { describe, expect, it } from 'vitest';
import type { DirectoryCounts } from './directoryView';
import { directoryView, needsEveryoneCount } from './directoryView';

const base: DirectoryCounts = {
  total: 0,
  query: '',
  groupId: null,
  includeRetired: false,
  everyone: 0,
};

describe('directoryView', () => {
  it('calls a directory with nobody in it empty, not a failed search', () => {
    expect(directoryView(base)).toBe('empty');
    expect(directoryView({ ...base, includeRetired: true, everyone: null })).toBe('empty');
  });

  it('says nobody matches only when the operator searched or filtered', () => {
    expect(directoryView({ ...base, query: 'hung', everyone: null })).toBe('noMatch');
    expect(directoryView({ ...base, groupId: 'grp-mttq', everyone: null })).toBe('noMatch');
    // Spaces alone are no search.
    expect(directoryView({ ...base, query: '  ' })).toBe('empty');
  });

  it('points to the switch when everybody left office', () => {
    expect(directoryView({ ...base, everyone: 3 })).toBe('onlyRetired');
  });

  it('waits for the answers it needs', () => {
    expect(directoryView({ ...base, total: null })).toBe('loading');
    expect(directoryView({ ...base, everyone: null })).toBe('loading');
    expect(directoryView({ ...base, total: 12, everyone: null })).toBe('list');
  });

  it('counts everyone only for an unfiltered search of people in office that found nobody', () => {
    const { everyone: _, ...counts } = base;
    expect(needsEveryoneCount(counts)).toBe(true);
    expect(needsEveryoneCount({ ...counts, includeRetired: true })).toBe(false);
    expect(needsEveryoneCount({ ...counts, query: 'x' })).toBe(false);
    expect(needsEveryoneCount({ ...counts, total: 4 })).toBe(false);
    expect(needsEveryoneCount({ ...counts, total: null })).toBe(false);
  });
});
