import { describe, expect, it } from 'vitest';
import { PROFILE, invite, meeting, person } from '../testing/fixtures';
import type { Harness } from '../testing/harness';
import { MINUTE, call, fail, rows, start } from '../testing/harness';

/** A small meeting with a bit of everything, through the API as the operator makes it. */
function held(h: Harness) {
  call(h, 'profile.save', { ...PROFILE, pointCode: 'TH-01' });
  const hung = person(h, 'Đỗ Trọng Hưng', { position: 'Bí thư Tỉnh ủy' });
  const nam = person(h, 'Hoàng Văn Nam', { position: 'Giám đốc Sở Tài chính' });
  const m = meeting(h, {
    centerChairs: [{ name: 'Tô Lâm', position: 'Tổng Bí thư' }],
    localChairId: hung.id,
    agenda: [{ title: 'Quán triệt Nghị quyết' }],
  });
  const [invHung, invNam] = invite(h, m, hung, nam);
  call(h, 'attendance.set', { inviteeId: invHung!.id, status: 'present' });
  call(h, 'attendance.set', { inviteeId: invNam!.id, status: 'absent_excused', reason: 'Ốm' });
  const s = call(h, 'speeches.add', {
    meetingId: m.id,
    fields: {
      speaker: { name: 'Bí thư Tỉnh ủy' },
      origin: { kind: 'point', provinceCode: 'dak-lak' },
    },
  }).changed[0]!;
  call(h, 'speeches.act', { meetingId: m.id, action: 'start', speechId: s.id });
  h.clock.advance(7 * MINUTE);
  call(h, 'notes.create', { meetingId: m.id, kind: 'recommendation', body: 'Đề nghị hỗ trợ vốn' });
  call(h, 'speeches.act', { meetingId: m.id, action: 'end' });
  call(h, 'incidents.open', { meetingId: m.id, kind: 'sound' });
  return m;
}

describe('the summary report', () => {
  it('drafts from the meeting’s data: point, chairs, attendance, speeches, notes, incidents', () => {
    const h = start();
    const m = held(h);
    const { content } = call(h, 'reports.draft', { meetingId: m.id });
    expect(content.meeting).toMatchObject({
      pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
      pointCode: 'TH-01',
    });
    expect(content.chairs).toEqual({
      center: [{ name: 'Tô Lâm', position: 'Tổng Bí thư' }],
      local: { name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy' },
    });
    expect(content.attendance.leaders).toEqual([
      { name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy' },
    ]);
    expect(content.attendance.absences).toEqual([
      { name: 'Hoàng Văn Nam', position: 'Giám đốc Sở Tài chính', excused: true, reason: 'Ốm' },
    ]);
    expect(content.speeches).toEqual([
      expect.objectContaining({ origin: 'Điểm cầu Đắk Lắk', durationSeconds: 7 * 60 }),
    ]);
    expect(content.recommendations).toEqual([{ text: 'Đề nghị hỗ trợ vốn' }]);
    expect(content.incidents).toEqual([expect.objectContaining({ kind: 'sound', endedAt: null })]);
    expect(rows(h, 'report_revisions')).toBe(0);
  });

  it('saves revisions, finalizes one with time and operator, and never changes it after', () => {
    const h = start();
    const m = held(h);
    const { content } = call(h, 'reports.draft', { meetingId: m.id });
    const r1 = call(h, 'reports.save', {
      meetingId: m.id,
      baseRevision: null,
      content: { ...content, remarks: 'Điểm cầu chuẩn bị chu đáo.' },
    });
    expect(r1).toMatchObject({ revision: 1, savedBy: PROFILE.operatorName, finalizedAt: null });
    h.clock.advance(MINUTE);
    const f = call(h, 'reports.finalize', { meetingId: m.id, revision: 1 });
    expect(f).toMatchObject({ finalizedAt: h.clock.iso(), finalizedBy: PROFILE.operatorName });
    const r2 = call(h, 'reports.save', {
      meetingId: m.id,
      baseRevision: 1,
      content: { ...r1.content, remarks: 'Bổ sung.' },
    });
    expect(r2.revision).toBe(2);
    expect(call(h, 'reports.get', { meetingId: m.id, revision: 1 }).content.remarks).toBe(
      'Điểm cầu chuẩn bị chu đáo.',
    );
    expect(
      call(h, 'reports.revisions', { meetingId: m.id }).revisions.map((r) => [
        r.revision,
        r.finalizedAt !== null,
      ]),
    ).toEqual([
      [2, false],
      [1, true],
    ]);
    // Finalizing again changes nothing; only the latest revision can be finalized.
    h.clock.advance(MINUTE);
    expect(call(h, 'reports.finalize', { meetingId: m.id, revision: 1 }).finalizedAt).toBe(
      f.finalizedAt,
    );
    call(h, 'reports.save', { meetingId: m.id, baseRevision: 2, content: r1.content });
    expect(fail(h, 'reports.finalize', { meetingId: m.id, revision: 2 }).code).toBe('CONFLICT');
  });

  it('refuses a save from a stale revision or for another meeting, and writes nothing', () => {
    const h = start();
    const m = held(h);
    const { content } = call(h, 'reports.draft', { meetingId: m.id });
    call(h, 'reports.save', { meetingId: m.id, baseRevision: null, content });
    expect(
      fail(h, 'reports.save', {
        meetingId: m.id,
        baseRevision: null,
        content: { ...content, remarks: 'x' },
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { current: 1, base: null } });
    const other = meeting(h);
    expect(fail(h, 'reports.save', { meetingId: other.id, baseRevision: null, content }).code).toBe(
      'VALIDATION',
    );
    // The same content again is not a new revision.
    expect(call(h, 'reports.save', { meetingId: m.id, baseRevision: 1, content }).revision).toBe(1);
    expect(rows(h, 'report_revisions')).toBe(1);
  });

  it('is found by the search through its latest revision', () => {
    const h = start();
    const m = held(h);
    const { content } = call(h, 'reports.draft', { meetingId: m.id });
    call(h, 'reports.save', {
      meetingId: m.id,
      baseRevision: null,
      content: { ...content, remarks: 'Khen thưởng tập thể' },
    });
    const hits = call(h, 'notes.search', { query: 'khen thuong' }).hits;
    expect(hits).toEqual([expect.objectContaining({ source: 'report', refId: m.id, kind: null })]);
  });
});
