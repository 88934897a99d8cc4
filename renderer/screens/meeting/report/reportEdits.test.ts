import { describe, expect, it } from 'vitest';
import { leavesMeeting } from './leavesMeeting';
import { getAt, joinDuration, moveItem, removeItem, setAt, splitDuration } from './reportEdits';

describe('the report editor’s changes', () => {
  it('sets a field by its path, copying only what is on the way', () => {
    const content = {
      meeting: { title: 'A', date: 'd' },
      speeches: [{ topic: 'x' }, { topic: 'y' }],
    };
    const next = setAt(content, ['speeches', 1, 'topic'], 'z');
    expect(next).toEqual({ meeting: content.meeting, speeches: [{ topic: 'x' }, { topic: 'z' }] });
    expect(next.meeting).toBe(content.meeting);
    expect(next.speeches[0]).toBe(content.speeches[0]);
    expect(content.speeches[1]!.topic).toBe('y');
    expect(getAt(next, ['speeches', 1, 'topic'])).toBe('z');
    expect(getAt(next, ['speeches', 5, 'topic'])).toBeUndefined();
  });

  it('moves a row up or down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('shows a speech’s length in minutes and seconds and reads it back', () => {
    expect(splitDuration(750)).toEqual({ minutes: 12, seconds: 30 });
    expect(splitDuration(null)).toBeNull();
    expect(joinDuration(12, 30)).toBe(750);
    expect(joinDuration(null, 45)).toBe(45);
    expect(joinDuration(null, null)).toBeNull();
  });

  it('keeps the edit across the meeting’s tabs and asks only on leaving the meeting', () => {
    expect(leavesMeeting('m1', '/meetings/m1')).toBe(false);
    expect(leavesMeeting('m1', '/meetings/m1/checkin')).toBe(false);
    expect(leavesMeeting('m1', '/meetings/m1/edit')).toBe(true);
    expect(leavesMeeting('m1', '/meetings/m12')).toBe(true);
    expect(leavesMeeting('m1', '/directory')).toBe(true);
  });
});
