import { POINT } from '../e2e/support/point';
import type { Core } from '../electron/core/core';
import { call } from './report';
import { generateBenchRoster } from './rosters';

/** The point, a directory of `people` and a meeting inviting them all, most checked in. */
export function seedAttendanceList(
  core: Core,
  people: number,
): { meetingId: string; inviteeIds: string[] } {
  call(core, 'profile.save', {
    ...POINT,
    parentBody: 'Tỉnh ủy Thanh Hóa',
    issuingBody: 'Văn phòng',
  });
  const roster = generateBenchRoster(people, 11);
  call(core, 'import.commit', {
    rows: roster.map(({ fullName, position, unit, phone, note }, i) => {
      return { fullName, position, unit, phone, note, line: i + 1, action: 'add' };
    }),
  });
  const personIds: string[] = [];
  for (let offset = 0; personIds.length < people; offset += 500) {
    const page = call<{ items: { id: string }[] }>(core, 'people.search', { limit: 500, offset });
    if (page.items.length === 0) break;
    personIds.push(...page.items.map((p) => p.id));
  }
  const meeting = call<{ id: string }>(core, 'meetings.create', {
    title: 'Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết',
    date: '2026-03-12',
    startTime: '08:00',
  });
  call(core, 'invitees.addPeople', { meetingId: meeting.id, personIds });
  const inviteeIds = call<{ id: string }[]>(core, 'invitees.list', { meetingId: meeting.id }).map(
    (i) => i.id,
  );
  if (inviteeIds.length !== people) throw new Error(`${inviteeIds.length} invitees`);
  // Most came; some late, some away with a reason, as a real list reads.
  inviteeIds.forEach((inviteeId, i) => {
    if (i % 20 === 0)
      call(core, 'attendance.set', { inviteeId, status: 'absent_excused', reason: 'Đi công tác' });
    else call(core, 'attendance.set', { inviteeId, status: i % 7 === 0 ? 'late' : 'present' });
  });
  return { meetingId: meeting.id, inviteeIds };
}
