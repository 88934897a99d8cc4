import { describe, expect, it } from 'vitest';
import { applyEdit, toggleList, toggleWrap } from './markdownEdit';

describe('Markdown editing helpers', () => {
  it('wraps the selection in ** and selects the same words inside', () => {
    const text = 'Giao Sở Tài chính';
    const edit = toggleWrap(text, 5, 17, '**');
    expect(applyEdit(text, edit)).toBe('Giao **Sở Tài chính**');
    expect([edit.selectionStart, edit.selectionEnd]).toEqual([7, 19]);
  });

  it('unwraps a selection that is already bold', () => {
    const text = 'Giao **Sở Tài chính**';
    const edit = toggleWrap(text, 7, 19, '**');
    expect(applyEdit(text, edit)).toBe('Giao Sở Tài chính');
    expect([edit.selectionStart, edit.selectionEnd]).toEqual([5, 17]);
  });

  it('puts the caret between the markers when nothing is selected', () => {
    const edit = toggleWrap('ab', 1, 1, '**');
    expect(applyEdit('ab', edit)).toBe('a****b');
    expect([edit.selectionStart, edit.selectionEnd]).toEqual([3, 3]);
  });

  it('makes the touched lines a list, and plain again', () => {
    const text = 'Đầu\nmột\nhai\ncuối';
    const on = toggleList(text, 5, 9, 'bullets');
    const listed = applyEdit(text, on);
    expect(listed).toBe('Đầu\n- một\n- hai\ncuối');
    const off = toggleList(listed, on.selectionStart, on.selectionEnd, 'bullets');
    expect(applyEdit(listed, off)).toBe(text);
  });

  it('numbers lines afresh, turning bullets into numbers', () => {
    const text = '- một\n- hai';
    expect(applyEdit(text, toggleList(text, 0, text.length, 'numbered'))).toBe('1. một\n2. hai');
  });

  it('leaves the caret at the end of a line made an item', () => {
    const edit = toggleList('việc', 2, 2, 'bullets');
    expect(applyEdit('việc', edit)).toBe('- việc');
    expect(edit.selectionStart).toBe(6);
  });
});
