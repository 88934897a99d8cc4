import { describe, expect, it } from 'vitest';
import type { Speech } from '../../../shared/api/speakingSchemas';
import type { SpeechState } from '../../../shared/speaking/model';
import {
  msUntilNextSecond,
  nameSize,
  nextNameSize,
  nextPostSize,
  originText,
  postSize,
  roomView,
  timerSize,
  timerView,
} from './roomView';

const T = Date.parse('2026-07-28T01:00:00.000Z');
const S = 1000;
const MIN = 60 * S;

let n = 0;
function speech(
  state: SpeechState,
  extra: Partial<Omit<Speech, 'state'>> = {},
  name = `Người ${++n}`,
): Speech {
  return {
    id: `s-${n}`,
    meetingId: 'm-1',
    orderKey: `a${String(n).padStart(4, '0')}`,
    state,
    speaker: { personId: null, inviteeId: null, name, position: 'Giám đốc' },
    origin: { kind: 'center' },
    topic: '',
    agendaItemId: null,
    allottedSeconds: null,
    trail: [],
    segments: [],
    readdedFrom: null,
    createdAt: T,
    attachmentName: null,
    ...extra,
  };
}

/** A speech started `spokenMs` before T and still speaking, with `allotted` seconds or none. */
const speakingFor = (spokenMs: number, allotted: number | null) =>
  speech('speaking', { allottedSeconds: allotted, segments: [{ start: T - spokenMs, end: null }] });

describe('roomView', () => {
  it('shows nobody and nobody waiting before the log has loaded or when it is empty', () => {
    expect(roomView(null)).toEqual({ current: null, next: [], waiting: 0 });
    expect(roomView([])).toEqual({ current: null, next: [], waiting: 0 });
  });

  it('shows the speech in progress and the first three waiting, in the log’s order', () => {
    const spoke = speech('spoke');
    const current = speech('speaking');
    const waiting = [speech('queued'), speech('sent'), speech('called'), speech('queued')];
    const gone = [speech('withdrawn'), speech('not_called')];
    const view = roomView([spoke, current, waiting[0]!, gone[0]!, ...waiting.slice(1), gone[1]!]);
    expect(view.current).toBe(current);
    expect(view.next).toEqual(waiting.slice(0, 3));
    expect(view.waiting).toBe(4);
  });

  it('counts a paused speech as the current one', () => {
    const paused = speech('paused');
    expect(roomView([speech('spoke'), paused, speech('queued')]).current).toBe(paused);
  });

  it('is idle when nobody speaks, still listing who waits', () => {
    const view = roomView([speech('spoke'), speech('queued')]);
    expect(view.current).toBeNull();
    expect(view.next).toHaveLength(1);
  });
});

describe('timerView', () => {
  it('counts up the time spoken when no time was given', () => {
    expect(timerView(speakingFor(83 * S, null), T)).toEqual({
      phase: 'open',
      label: 'elapsed',
      value: '01:23',
      paused: false,
    });
  });

  it('counts down what is left of the allotment', () => {
    expect(timerView(speakingFor(2 * MIN, 5 * 60), T)).toMatchObject({
      phase: 'normal',
      label: 'remaining',
      value: '03:00',
    });
  });

  it('says the last minute in words, not only in colour', () => {
    expect(timerView(speakingFor(4 * MIN, 5 * 60), T)).toMatchObject({
      phase: 'last_minute',
      label: 'lastMinute',
      value: '01:00',
    });
    expect(timerView(speakingFor(4 * MIN + 59.5 * S, 5 * 60), T)).toMatchObject({
      phase: 'last_minute',
      value: '00:00',
    });
  });

  it('shows an overrun as "+" and how far over, with its own words', () => {
    expect(timerView(speakingFor(5 * MIN + 72 * S, 5 * 60), T)).toEqual({
      phase: 'overrun',
      label: 'overrun',
      value: '+01:12',
      paused: false,
    });
    expect(timerView(speakingFor(3 * 3600 * S + 2 * S, 5 * 60), T).value).toBe('+2:55:02');
  });

  it('stands still while paused, from the stored stretches only', () => {
    const paused = speech('paused', {
      allottedSeconds: 300,
      segments: [
        { start: T - 10 * MIN, end: T - 9 * MIN },
        { start: T - 5 * MIN, end: T - 4 * MIN - 30 * S },
      ],
    });
    const at = timerView(paused, T);
    expect(at).toMatchObject({ phase: 'normal', value: '03:30', paused: true });
    expect(timerView(paused, T + 10 * MIN)).toEqual(at);
  });
});

describe('msUntilNextSecond', () => {
  it('wakes when the figure on screen next changes', () => {
    expect(msUntilNextSecond(speakingFor(1250, 60), T)).toBe(750);
    expect(msUntilNextSecond(speakingFor(3000, null), T)).toBe(1000);
  });

  it('counts earlier stretches too: the second boundary is of the total time spoken', () => {
    const s = speech('speaking', {
      segments: [
        { start: T - 10 * S, end: T - 9 * S + 400 },
        { start: T - 2 * S, end: null },
      ],
    });
    // 1.4 s + 2 s spoken: the next whole second is 0.6 s away.
    expect(msUntilNextSecond(s, T)).toBe(600);
  });

  it('waits for a stretch that starts after this page’s now (clocks slightly apart)', () => {
    const s = speech('speaking', { segments: [{ start: T + 300, end: null }] });
    expect(msUntilNextSecond(s, T)).toBe(1300);
  });

  it('does not tick while paused or before anything started', () => {
    expect(msUntilNextSecond(speech('paused', { segments: [{ start: T, end: T + 5 }] }), T)).toBe(
      null,
    );
    expect(msUntilNextSecond(speech('queued'), T)).toBeNull();
  });
});

describe('originText', () => {
  it('names the center, this point and another point as the room says them', () => {
    expect(originText({ kind: 'center' })).toEqual({ key: 'display.origin.center' });
    expect(originText({ kind: 'local' })).toEqual({ key: 'display.origin.local' });
    expect(originText({ kind: 'point', provinceCode: 'dak-lak', name: 'Đắk Lắk' })).toEqual({
      key: 'display.origin.point',
      values: { name: 'Đắk Lắk' },
    });
  });
});

describe('type sizes', () => {
  it('get smaller, never larger, as the text gets longer', () => {
    for (const size of [nameSize, postSize, nextNameSize, nextPostSize]) {
      let previous = Infinity;
      for (let len = 0; len <= 300; len += 5) {
        const s = size('x'.repeat(len));
        expect(s).toBeLessThanOrEqual(previous);
        previous = s;
      }
    }
  });

  it('count Vietnamese letters as one each, however they are encoded', () => {
    const nfc = 'Nguyễn Thị Hồng Nhung Phương Thảo'.normalize('NFC');
    expect(nameSize(nfc)).toBe(nameSize('x'.repeat([...nfc].length)));
  });

  it('make the clock as large as its box allows for longer figures', () => {
    expect(timerSize('04:12')).toBe(17);
    expect(timerSize('+1:02:03')).toBeLessThan(timerSize('+01:12'));
    // 8 characters at about 0.62 em each stay inside the 56 units of the box.
    expect(timerSize('+1:02:03') * 8 * 0.62).toBeLessThanOrEqual(56);
  });
});
