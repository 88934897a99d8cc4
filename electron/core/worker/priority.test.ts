import { describe, expect, it } from 'vitest';
import { allowedProcessors } from './priority';

describe('the processors a process may use', () => {
  it('reads the kernel’s list of ranges and single processors, in order', () => {
    expect(allowedProcessors('Name:\tnode\nCpus_allowed_list:\t0-3,6,8-9\n')).toEqual([
      0, 1, 2, 3, 6, 8, 9,
    ]);
    expect(allowedProcessors('Cpus_allowed_list:\t1\n')).toEqual([1]);
  });

  it('knows none where the list is missing or unreadable', () => {
    expect(allowedProcessors('Name:\tnode\n')).toEqual([]);
    expect(allowedProcessors('Cpus_allowed_list:\tx-y\n')).toEqual([]);
  });
});
