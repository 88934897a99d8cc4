import { describe, expect, it } from 'vitest';
import { isCtrlEnter } from './ctrlEnter';

describe('isCtrlEnter', () => {
  it('is Enter with Ctrl, or with ⌘ on a Mac', () => {
    expect(isCtrlEnter({ key: 'Enter', ctrlKey: true, metaKey: false })).toBe(true);
    expect(isCtrlEnter({ key: 'Enter', ctrlKey: false, metaKey: true })).toBe(true);
  });

  it('is not Enter alone (a new line) nor Ctrl with another key', () => {
    expect(isCtrlEnter({ key: 'Enter', ctrlKey: false, metaKey: false })).toBe(false);
    expect(isCtrlEnter({ key: 'a', ctrlKey: true, metaKey: false })).toBe(false);
  });
});
