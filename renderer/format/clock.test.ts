import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatClock24, parseClock, spokenClock } from '../../shared/time/clock';
import en from '../i18n/en.json';
import vi from '../i18n/vi.json';
import type { ClockRefusal } from './clock';
import { clockRefusalText, normalizeClock, spokenTime, understoodText } from './clock';

async function translator(lng: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const refusalOf = (input: string): ClockRefusal => {
  const r = parseClock(input);
  if (r.ok) throw new Error(`${input} was accepted`);
  return r;
};

describe('normalizeClock', () => {
  it('stores what the shared parser reads, in 24-hour HH:mm', () => {
    expect(normalizeClock('08:30')).toBe('08:30');
    expect(normalizeClock('830')).toBe('08:30');
    expect(normalizeClock('8h30')).toBe('08:30');
    expect(normalizeClock('2:00 chiều')).toBe('14:00');
    expect(normalizeClock('2:00 PM')).toBe('14:00');
  });

  it('leaves refused text unchanged for the core to reject', () => {
    expect(normalizeClock('')).toBe('');
    expect(normalizeClock('24:00')).toBe('24:00');
    expect(normalizeClock('7:75')).toBe('7:75');
    expect(normalizeClock('13 giờ sáng')).toBe('13 giờ sáng');
  });
});

describe('what the time field says', () => {
  it('shows the stored time and how it is said, in Vietnamese', async () => {
    const t = await translator('vi');
    expect(understoodText('14:30', t)).toBe('Hiểu là: 14:30 (2 giờ 30 chiều)');
    expect(understoodText('02:00', t)).toBe('Hiểu là: 02:00 (2 giờ sáng)');
  });

  it('speaks Vietnamese exactly as the shared form the parser reads back', async () => {
    const t = await translator('vi');
    for (let i = 0; i < 1440; i++) {
      const v = formatClock24(Math.floor(i / 60), i % 60);
      expect(spokenTime(v, t)).toBe(spokenClock(v));
    }
  });

  it('speaks English in 12-hour time', async () => {
    const t = await translator('en');
    expect(understoodText('14:30', t)).toBe('Understood as 14:30 (2:30 p.m.)');
    expect(spokenTime('00:05', t)).toBe('12:05 a.m.');
    expect(spokenTime('12:00', t)).toBe('12:00 p.m.');
  });

  it('says what was read when it refuses', async () => {
    const t = await translator('vi');
    const say = (input: string) => clockRefusalText(input, refusalOf(input), t);
    expect(say('25 giờ')).toBe('Đã đọc: 25 giờ, nhưng giờ chỉ từ 0 đến 23.');
    expect(say('13 giờ sáng')).toBe(
      'Đã đọc: 13 giờ sáng, nhưng 13 giờ không thuộc buổi “sáng”. Hãy gõ giờ theo 24 giờ (ví dụ 14:00) hoặc sửa lại buổi.',
    );
    expect(say('13 gio sang')).toBe(say('13 giờ sáng'));
    expect(say('7:75')).toContain('Đã đọc: 7 giờ 75,');
    expect(say('12 AM')).toContain('Đã đọc: 12 giờ AM, có thể là giữa trưa hoặc nửa đêm.');
    expect(say('0 giờ kém 5')).toContain('Đã đọc: 0 giờ kém 5,');
    expect(say('24:00')).toContain('tức là hết ngày');
    expect(say(' 2 giờ chiều mai ')).toBe(
      'Không hiểu “2 giờ chiều mai” là mấy giờ. Hãy gõ như 14:30, 14h30 hoặc 2 giờ 30 chiều.',
    );
  });

  it('has a sentence for every refusal in both languages', async () => {
    for (const lng of ['vi', 'en'] as const) {
      const t = await translator(lng);
      for (const input of ['x', '25', '7:75', '24', '13 sáng', '12 PM', '0 kém 5']) {
        const text = clockRefusalText(input, refusalOf(input), t);
        expect(text).not.toMatch(/clock\.|{{|undefined/);
      }
    }
  });
});
