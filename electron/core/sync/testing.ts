import type { Meeting } from '../../../shared/api/schemas';
import { PROFILE, invite, meeting, person } from '../testing/fixtures';
import type { Harness } from '../testing/harness';
import { MINUTE, call } from '../testing/harness';

export const POINT_CODE = 'TH-01';

/**
 * A held meeting with a finalized report, made through the API as the operator makes it:
 * two invitees (one present, one excused), one speech, a recommendation, an incident.
 */
export function finalizedReport(h: Harness, title = 'Hội nghị trực tuyến toàn quốc'): Meeting {
  if (!call(h, 'profile.get', {})) call(h, 'profile.save', { ...PROFILE, pointCode: POINT_CODE });
  const hung = person(h, 'Đỗ Trọng Hưng', { position: 'Bí thư Tỉnh ủy' });
  const nam = person(h, 'Hoàng Văn Nam', { position: 'Giám đốc Sở Tài chính' });
  const m = meeting(h, { title, localChairId: hung.id });
  const [invHung, invNam] = invite(h, m, hung, nam);
  call(h, 'attendance.set', { inviteeId: invHung!.id, status: 'present' });
  call(h, 'attendance.set', { inviteeId: invNam!.id, status: 'absent_excused', reason: 'Ốm' });
  const s = call(h, 'speeches.add', {
    meetingId: m.id,
    fields: { speaker: { name: 'Bí thư Tỉnh ủy' }, origin: { kind: 'local' } },
  }).changed[0]!;
  call(h, 'speeches.act', { meetingId: m.id, action: 'start', speechId: s.id });
  h.clock.advance(5 * MINUTE);
  call(h, 'notes.create', { meetingId: m.id, kind: 'recommendation', body: 'Đề nghị hỗ trợ vốn' });
  call(h, 'speeches.act', { meetingId: m.id, action: 'end' });
  call(h, 'incidents.open', { meetingId: m.id, kind: 'sound' });
  const { content } = call(h, 'reports.draft', { meetingId: m.id });
  const saved = call(h, 'reports.save', { meetingId: m.id, content, baseRevision: null });
  call(h, 'reports.finalize', { meetingId: m.id, revision: saved.revision });
  return m;
}

/** A second, finalized revision of the same meeting's report. */
export function nextRevision(h: Harness, m: Meeting): number {
  const latest = call(h, 'reports.revisions', { meetingId: m.id }).revisions[0]!;
  const current = call(h, 'reports.get', { meetingId: m.id, revision: latest.revision });
  const content = {
    ...current.content,
    remarks: `${current.content.remarks} Bổ sung ${latest.revision + 1}.`.trim(),
  };
  const saved = call(h, 'reports.save', {
    meetingId: m.id,
    content,
    baseRevision: latest.revision,
  });
  call(h, 'reports.finalize', { meetingId: m.id, revision: saved.revision });
  return saved.revision;
}
