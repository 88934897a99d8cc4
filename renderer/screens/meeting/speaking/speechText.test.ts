import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { speechFixture } from '../../../../shared/testing/speech';
import vi from '../../../i18n/vi.json';
import { allottedText, clockOf, originText, speakerLine, stateText, trailText } from './speechText';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const t = i18n.t;
const at = (h: number, m: number) => new Date(2026, 6, 28, h, m).getTime();

describe('originText', () => {
  it('names the center, this point and another point', () => {
    expect(originText({ kind: 'center' }, t)).toBe('Trung ương');
    expect(originText({ kind: 'local' }, t)).toBe('Điểm cầu này');
    expect(originText({ kind: 'point', provinceCode: 'dak-lak', name: 'Đắk Lắk' }, t)).toBe(
      'Điểm cầu Đắk Lắk',
    );
  });
  it('does not say "Điểm cầu" twice when the typed name says it', () => {
    const typed = { kind: 'point', provinceCode: null, name: 'Diem cau huyện Mường Lát' } as const;
    expect(originText(typed, t)).toBe('Diem cau huyện Mường Lát');
  });
});

describe('stateText', () => {
  it('calls a local request that is only registered "registered"', () => {
    expect(stateText({ state: 'queued', origin: { kind: 'local' } }, t)).toBe('Đã đăng ký');
    expect(stateText({ state: 'queued', origin: { kind: 'center' } }, t)).toBe('Chờ phát biểu');
    expect(stateText({ state: 'sent', origin: { kind: 'local' } }, t)).toBe('Đã gửi Trung ương');
  });
});

describe('trailText', () => {
  it('gives each step of a request with its time, a resumed stretch as "resumed"', () => {
    const s = speechFixture({
      id: 'x',
      trail: [
        { state: 'queued', at: at(8, 2) },
        { state: 'sent', at: at(8, 5) },
        { state: 'called', at: at(8, 10) },
        { state: 'speaking', at: at(8, 12) },
        { state: 'paused', at: at(8, 14) },
        { state: 'speaking', at: at(8, 15) },
        { state: 'spoke', at: at(8, 20) },
      ],
    });
    expect(trailText(s, t)).toBe(
      'Đăng ký 08:02 → Gửi TW 08:05 → Được mời 08:10 → Bắt đầu 08:12 → ' +
        'Tạm dừng 08:14 → Tiếp tục 08:15 → Kết thúc 08:20',
    );
  });
});

describe('small texts', () => {
  it('read as the operator expects', () => {
    expect(clockOf(at(14, 5))).toBe('14:05');
    expect(allottedText(null, t)).toBe('Không giới hạn');
    expect(allottedText(420, t)).toBe('7 phút');
    expect(allottedText(90, t)).toBe('01:30');
    expect(
      speakerLine({ speaker: { personId: null, inviteeId: null, name: 'A', position: '' } }),
    ).toBe('A');
    expect(
      speakerLine({ speaker: { personId: null, inviteeId: null, name: 'A', position: 'B' } }),
    ).toBe('A – B');
  });
});
