import type { MethodInput } from '../../../shared/api/methods';
import type { Invitee, Meeting, Person } from '../../../shared/api/schemas';
import type { Harness } from './harness';
import { call } from './harness';

export const PROFILE = {
  pointName: 'Điểm cầu Tỉnh ủy Thanh Hoá',
  provinceCode: 'thanh-hoa',
  bodyKind: 'party' as const,
  placeName: 'Thanh Hóa',
  operatorName: 'Lê Văn Cường',
};

export const MEETING = {
  title: 'Hội nghị trực tuyến toàn quốc',
  date: '2025-03-12',
  startTime: '08:00',
} as const;

export function person(
  h: Harness,
  fullName: string,
  extra: Partial<MethodInput<'people.create'>> = {},
): Person {
  return call(h, 'people.create', { fullName, ...extra });
}

export function meeting(h: Harness, extra: Partial<MethodInput<'meetings.create'>> = {}): Meeting {
  return call(h, 'meetings.create', { ...MEETING, ...extra });
}

/** Invites the people and returns their invitee rows, in the order given. */
export function invite(h: Harness, m: Meeting, ...people: Person[]): Invitee[] {
  call(h, 'invitees.addPeople', { meetingId: m.id, personIds: people.map((p) => p.id) });
  const list = call(h, 'invitees.list', { meetingId: m.id });
  return people.map((p) => list.find((i) => i.personId === p.id)!);
}

export const names = (xs: { fullName: string }[]): string[] => xs.map((x) => x.fullName);
