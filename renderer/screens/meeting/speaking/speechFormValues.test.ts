import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../../shared/api/schemas';
import { speechFixture } from '../../../../shared/testing/speech';
import {
  allottedSeconds,
  newSpeechValues,
  openingValues,
  speechFields,
  speechValues,
  withAgendaItem,
  withSource,
} from './speechFormValues';

const item = (id: string, speechMinutes: number | null): AgendaItem => ({
  id,
  title: `Item ${id}`,
  presenter: '',
  plannedStart: null,
  durationMinutes: null,
  speechMinutes,
});
const AGENDA = [item('open', 5), item('talk', 7), item('free', null)];

describe('a new speech', () => {
  it('is a name typed, at the center, with the item’s time per speech', () => {
    const v = newSpeechValues(AGENDA, 'talk');
    expect(v).toMatchObject({
      source: 'typed',
      originKind: 'center',
      agendaItemId: 'talk',
      minutes: 7,
    });
  });

  it('has no item and no limit when none is given or the item is unknown', () => {
    expect(newSpeechValues(AGENDA, null)).toMatchObject({ agendaItemId: null, minutes: '' });
    expect(newSpeechValues(AGENDA, 'gone')).toMatchObject({ agendaItemId: null, minutes: '' });
    expect(newSpeechValues(AGENDA, 'free')).toMatchObject({ agendaItemId: 'free', minutes: '' });
  });
});

describe('choosing an agenda item', () => {
  it('brings its time per speech, until the operator types one', () => {
    let v = withAgendaItem(newSpeechValues(AGENDA, 'open'), AGENDA, 'talk');
    expect(v.minutes).toBe(7);
    v = withAgendaItem(v, AGENDA, 'free');
    expect(v.minutes).toBe('');
    v = withAgendaItem({ ...v, minutes: 3, minutesTouched: true }, AGENDA, 'talk');
    expect(v).toMatchObject({ agendaItemId: 'talk', minutes: 3 });
  });
});

describe('choosing where the speaker comes from', () => {
  it('a delegate or a directory entry speaks from here, unless the origin was chosen', () => {
    const v = newSpeechValues(AGENDA, null);
    expect(withSource(v, 'invitee').originKind).toBe('local');
    expect(withSource(v, 'person').originKind).toBe('local');
    expect(withSource(v, 'typed').originKind).toBe('center');
    const chosen = { ...v, originKind: 'point' as const, originTouched: true };
    expect(withSource(chosen, 'invitee').originKind).toBe('point');
  });
});

describe('allottedSeconds', () => {
  it('reads minutes as the field gives them', () => {
    expect(allottedSeconds(7)).toBe(420);
    expect(allottedSeconds(0.5)).toBe(30);
    expect(allottedSeconds('2,5')).toBe(150);
    expect(allottedSeconds('3')).toBe(180);
  });
  it('is no limit for an empty field', () => {
    expect(allottedSeconds('')).toBeNull();
    expect(allottedSeconds('abc')).toBeNull();
  });
});

describe('what the form sends', () => {
  const base = newSpeechValues(AGENDA, 'talk');

  it('a typed speaker goes by name and post', () => {
    expect(
      speechFields({ ...base, name: 'Phạm Minh Chính', position: 'Thủ tướng', topic: 'Khai mạc' }),
    ).toEqual({
      speaker: { personId: null, inviteeId: null, name: 'Phạm Minh Chính', position: 'Thủ tướng' },
      origin: { kind: 'center' },
      topic: 'Khai mạc',
      agendaItemId: 'talk',
      allottedSeconds: 420,
    });
  });

  it('a picked speaker goes by id alone: the core names them from the record', () => {
    const typedToo = { ...base, name: 'left over', position: 'left over' };
    expect(speechFields({ ...typedToo, source: 'invitee', inviteeId: 'inv-1' }).speaker).toEqual({
      inviteeId: 'inv-1',
      personId: null,
      name: '',
      position: '',
    });
    expect(
      speechFields({ ...typedToo, source: 'person', person: { id: 'p-1', label: 'X' } }).speaker,
    ).toEqual({ personId: 'p-1', inviteeId: null, name: '', position: '' });
  });

  it('another point goes by its province, its typed name, or both', () => {
    const point = { ...base, originKind: 'point' as const };
    expect(speechFields({ ...point, provinceCode: 'dak-lak' }).origin).toEqual({
      kind: 'point',
      provinceCode: 'dak-lak',
      name: '',
    });
    expect(speechFields({ ...point, pointName: 'Điểm cầu huyện Mường Lát' }).origin).toEqual({
      kind: 'point',
      provinceCode: null,
      name: 'Điểm cầu huyện Mường Lát',
    });
  });

  it('an empty time is no limit, not the item’s default', () => {
    expect(speechFields({ ...base, minutes: '' }).allottedSeconds).toBeNull();
  });
});

describe('editing a speech', () => {
  it('starts from its values and sends them back unchanged', () => {
    const s = speechFixture({
      id: 's1',
      speaker: { personId: null, inviteeId: null, name: 'Vũ Đại Thắng', position: 'Bí thư' },
      origin: { kind: 'point', provinceCode: null, name: 'Điểm cầu Quảng Ninh' },
      topic: 'Du lịch',
      agendaItemId: 'talk',
      allottedSeconds: 300,
    });
    const v = speechValues(s);
    expect(v).toMatchObject({ source: 'typed', minutes: 5, minutesTouched: true });
    expect(speechFields(v)).toEqual({
      speaker: s.speaker,
      origin: s.origin,
      topic: s.topic,
      agendaItemId: s.agendaItemId,
      allottedSeconds: 300,
    });
  });

  it('a point from the list keeps its province, not the name the core gave it', () => {
    const s = speechFixture({
      id: 's2',
      origin: { kind: 'point', provinceCode: 'dak-lak', name: 'Đắk Lắk' },
    });
    expect(speechValues(s)).toMatchObject({ provinceCode: 'dak-lak', pointName: '' });
  });

  it('a delegate stays a delegate, a directory entry an entry', () => {
    const invitee = speechFixture({
      id: 's3',
      speaker: { personId: 'p', inviteeId: 'i', name: 'Đỗ Trọng Hưng', position: 'Bí thư' },
      origin: { kind: 'local' },
    });
    expect(speechValues(invitee)).toMatchObject({ source: 'invitee', inviteeId: 'i' });
    const person = speechFixture({
      id: 's4',
      speaker: { personId: 'p', inviteeId: null, name: 'Mai Xuân Liêm', position: 'Phó Chủ tịch' },
    });
    expect(speechValues(person).person).toEqual({ id: 'p', label: 'Mai Xuân Liêm – Phó Chủ tịch' });
    expect(speechValues(speechFixture({ id: 's5', allottedSeconds: null })).minutes).toBe('');
  });
});

describe('the form as it opens', () => {
  it('shows the speech being edited, else a new one on the item it was opened from', () => {
    const s = speechFixture({ id: 's6', topic: 'Chuyển đổi số', agendaItemId: 'open' });
    expect(openingValues(s, AGENDA, 'talk')).toEqual(speechValues(s));
    expect(openingValues(null, AGENDA, 'talk')).toEqual(newSpeechValues(AGENDA, 'talk'));
    expect(openingValues(null, AGENDA, 'talk')).toMatchObject({ topic: '', minutes: 7 });
  });
});
