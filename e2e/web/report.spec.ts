import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { HostCall } from '../support/api';
import { hostApi } from '../support/api';
import { hostForFile } from '../support/host';
import { meetingInviting } from '../support/meetingSetup';
import { label } from '../support/operator';
import { setUpPoint } from '../support/point';
import { BRIEFING_NOTES } from '../../shared/testing/briefing';

/**
 * The summary report, as the operator writes it after a briefing: drafted from the meeting's
 * check-in, speeches, notes and incidents, edited in the UI with its preview in the
 * administrative layout, saved, finalized, edited again into a second revision.
 */
const currentHost = hostForFile();

interface Revision {
  revision: number;
  finalizedAt: string | null;
}

const PEOPLE = [
  { fullName: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy', status: 'present' },
  { fullName: 'Lại Thế Nguyên', position: 'Phó Bí thư Thường trực Tỉnh ủy', status: 'late' },
  {
    fullName: 'Đầu Thanh Tùng',
    position: 'Phó Chủ tịch UBND tỉnh',
    status: 'absent_excused',
    reason: 'Đi công tác Trung ương',
  },
  { fullName: 'Hoàng Văn Nam', position: 'Giám đốc Sở Tài chính', status: 'present' },
] as const;

/**
 * A held meeting: invitees checked in, three speeches heard, the briefing's notes of each kind,
 * an incident.
 */
async function heldMeeting(call: HostCall): Promise<string> {
  await setUpPoint(call, { parentBody: 'Tỉnh ủy Thanh Hóa', issuingBody: 'Văn phòng' });
  const ids: string[] = [];
  for (const p of PEOPLE) {
    const person = await call<{ id: string }>('people.create', {
      fullName: p.fullName,
      position: p.position,
      unit: 'Tỉnh Thanh Hóa',
    });
    ids.push(person.id);
  }
  const { meetingId, invitees } = await meetingInviting(
    call,
    {
      title: 'Hội nghị toàn quốc quán triệt Nghị quyết Trung ương',
      centerHost: 'Bộ Chính trị',
      centerChairs: [{ name: 'Tô Lâm', position: 'Tổng Bí thư' }],
      localChairId: ids[0],
      date: '2026-01-05',
      startTime: '08:00',
      endTime: '11:30',
    },
    ids,
  );
  for (const p of PEOPLE) {
    const inv = invitees.find((i) => i.fullName === p.fullName)!;
    await call('attendance.set', {
      inviteeId: inv.id,
      status: p.status,
      ...('reason' in p ? { reason: p.reason } : {}),
    });
  }
  const speakers = [
    { speaker: { name: 'Tô Lâm', position: 'Tổng Bí thư' }, origin: { kind: 'center' } },
    {
      speaker: { name: 'Nguyễn Đình Trung', position: 'Bí thư Tỉnh ủy Đắk Lắk' },
      origin: { kind: 'point', provinceCode: 'dak-lak' },
      topic: 'giải ngân vốn đầu tư công',
    },
    {
      speaker: { name: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy' },
      origin: { kind: 'local' },
      topic: 'kết quả sắp xếp bộ máy',
    },
  ];
  for (const fields of speakers) {
    const added = await call<{ changed: { id: string }[] }>('speeches.add', {
      meetingId,
      fields,
    });
    await call('speeches.act', {
      meetingId,
      action: 'start',
      speechId: added.changed[0]!.id,
    });
    await call('speeches.act', { meetingId, action: 'end' });
  }
  for (const note of BRIEFING_NOTES) {
    await call('notes.create', {
      meetingId,
      kind: note.kind,
      body: note.body,
      taskOwner: note.taskOwner ?? '',
      taskDeadline: note.deadline ?? null,
    });
  }
  await call('incidents.open', { meetingId, kind: 'sound', note: 'Mất tiếng 2 phút' });
  await call('incidents.close', { meetingId });
  return meetingId;
}

const revisions = async (call: HostCall, meetingId: string) =>
  (await call<{ revisions: Revision[] }>('reports.revisions', { meetingId })).revisions;

/** A held meeting of its own, its report tab open, and the report's page object. */
async function openReport(page: Page, path = 'report') {
  const host = currentHost();
  const call = await hostApi(host.url);
  const meetingId = await heldMeeting(call);
  await page.goto(`${host.url}#/meetings/${meetingId}${path ? `/${path}` : ''}`);
  return { call, meetingId, r: report(page) };
}

function report(page: Page) {
  const preview = page.getByTestId('report-preview');
  const row = (name: string) => page.getByRole('group', { name, exact: true });
  return {
    preview,
    row,
    status: page.getByTestId('report-status'),
    save: page.getByRole('button', { name: 'Lưu', exact: true }),
    async confirm(name: string) {
      await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
    },
  };
}

test('the summary is drafted, edited, finalized, edited again: two revisions, one finalized', async ({
  page,
}) => {
  // From the meeting's first tab, as the operator comes to it.
  const { call, meetingId, r } = await openReport(page, '');
  await page.getByRole('tab', { name: 'Báo cáo' }).click();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meetingId}/report$`));

  await test.step('the draft is made from the meeting’s data, in the document’s layout', async () => {
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await expect(r.status).toHaveText('Dự thảo chưa lưu');
    await expect(r.preview).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM');
    await expect(r.preview).toContainText('TỈNH ỦY THANH HÓA');
    await expect(r.preview).toContainText('Thanh Hóa, ngày');
    await expect(r.preview).toContainText('BÁO CÁO');
    await expect(r.preview).toContainText(
      'Kết quả tham dự Hội nghị toàn quốc quán triệt Nghị quyết Trung ương',
    );
    await expect(r.preview).toContainText(
      'Dự tại điểm cầu có đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy; đồng chí Lại Thế Nguyên',
    );
    await expect(r.preview).toContainText(
      'Tổng số đại biểu được mời: 4 đồng chí; dự tại điểm cầu: 3',
    );
    await expect(r.preview).toContainText(
      'Vắng có lý do: đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh (đi công tác Trung ương).',
    );
    await expect(r.preview).toContainText(
      '(Điểm cầu Đắk Lắk) phát biểu về giải ngân vốn đầu tư công',
    );
    await expect(r.preview).toContainText('Các địa phương hoàn thành sắp xếp trước 30/6.');
    await expect(r.preview).toContainText('(Đơn vị thực hiện: Sở Tài chính; thời hạn: 15/12/2026)');
    await expect(r.preview).toContainText('Mất tiếng từ');
    // The operator's own general note stays out of the report.
    await expect(r.preview).not.toContainText('âm thanh tốt');
  });

  await test.step('edits show in the preview; a bad field is named and nothing is saved', async () => {
    await r.row('Kết luận 1').getByLabel('Nội dung').fill('Hoàn thành sắp xếp **trước 30/6**.');
    await page.getByRole('button', { name: 'Thêm kết luận' }).click();
    await r.row('Kết luận 2').getByLabel('Nội dung').fill('Tổ chức sơ kết vào quý III.');
    await page.getByRole('button', { name: 'Chuyển lên – Kết luận 2' }).click();
    await expect(r.row('Kết luận 1').getByLabel('Nội dung')).toHaveValue(
      'Tổ chức sơ kết vào quý III.',
    );
    await expect(
      r.preview.locator('strong, [style*="font-weight: 700"]', { hasText: 'trước 30/6' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Xóa – Phát biểu 1' }).click();
    await expect(r.preview).not.toContainText(
      'Tô Lâm, Tổng Bí thư (Điểm cầu Trung ương) phát biểu',
    );

    const title = page.getByLabel(label('Tên hội nghị'));
    await title.fill('Hội nghị '.repeat(40));
    const end = page.getByLabel(label('Giờ kết thúc'));
    await end.fill('25 giờ 99');
    await r.save.click();
    // The check names each field beside it, in Vietnamese, and no revision is made.
    await expect(page.getByText('Nội dung quá dài, hãy rút gọn.')).toBeVisible();
    await expect(page.getByText('Đã đọc: 25 giờ 99, nhưng giờ chỉ từ 0 đến 23.')).toBeVisible();
    expect(await revisions(call, meetingId)).toEqual([]);
    await title.fill('Hội nghị toàn quốc quán triệt Nghị quyết Trung ương');
    await expect(page.getByText('Nội dung quá dài, hãy rút gọn.')).toBeHidden();
    await end.fill('11:45');
  });

  await test.step('unsaved changes survive a tab switch', async () => {
    await page.getByRole('tab', { name: 'Điểm danh' }).click();
    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await expect(r.row('Kết luận 1').getByLabel('Nội dung')).toHaveValue(
      'Tổ chức sơ kết vào quý III.',
    );
    await expect(r.preview).toContainText('đến 11 giờ 45');
    // Only a saved revision can be finalized, and the button says so.
    await expect(page.getByRole('button', { name: 'Hoàn tất' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  await test.step('saved as revision 1, then finalized with its time and operator', async () => {
    await r.save.click();
    await expect(r.status).toHaveText(/^Bản 1 · lưu lúc .+ bởi Lê Thị Mai$/);
    await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Hoàn tất' }).click();
    await r.confirm('Hoàn tất');
    const readOnly = page.getByTestId('report-readonly');
    await expect(readOnly).toContainText('Bản 1');
    await expect(readOnly).toContainText(/Đã hoàn tất lúc .+ bởi Lê Thị Mai/);
    await expect(page.getByTestId('report-editor')).toHaveCount(0);
  });

  await test.step('editing from the finalized revision saves revision 2', async () => {
    await page.getByRole('button', { name: 'Sửa tiếp từ bản này' }).click();
    await page.getByLabel('Ý kiến khác gửi Trung ương').fill('Điểm cầu bảo đảm kỹ thuật tốt.');
    await expect(r.preview).toContainText('Điểm cầu bảo đảm kỹ thuật tốt.');
    await r.save.click();
    await expect(r.status).toHaveText(/^Bản 2 · lưu lúc .+ bởi Lê Thị Mai$/);
  });

  await test.step('both revisions are listed; the finalized one reads as it was', async () => {
    await page.getByRole('button', { name: 'Các bản đã lưu (2)' }).click();
    const items = page.getByRole('menuitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Bản 2');
    await expect(items.nth(1)).toContainText('Bản 1');
    await expect(items.nth(1)).toContainText('Đã hoàn tất');
    await items.nth(1).click();
    await expect(page.getByTestId('report-readonly')).toContainText('Bản 1');
    await expect(r.preview).not.toContainText('Điểm cầu bảo đảm kỹ thuật tốt.');
    await page.getByRole('button', { name: 'Quay lại bản đang sửa' }).click();
    await expect(r.status).toHaveText(/^Bản 2/);
    expect(
      (await revisions(call, meetingId)).map((x) => [x.revision, x.finalizedAt !== null]),
    ).toEqual([
      [2, false],
      [1, true],
    ]);
  });
});

test('a save from a window that missed a newer revision is refused, explained and recoverable', async ({
  page,
}) => {
  const { call, meetingId, r } = await openReport(page);
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await page.getByLabel('Ý kiến khác gửi Trung ương').fill('Bản của cửa sổ này.');

  // Another window saves first.
  const { content } = await call<{ content: unknown }>('reports.draft', { meetingId });
  await call('reports.save', { meetingId, content, baseRevision: null });

  await r.save.click();
  const conflict = page.getByTestId('report-conflict');
  await expect(conflict).toContainText('Một cửa sổ khác đã lưu báo cáo thành bản 1');
  await expect(page.getByLabel('Ý kiến khác gửi Trung ương')).toHaveValue('Bản của cửa sổ này.');
  await conflict.getByRole('button', { name: 'Lưu thành bản mới' }).click();
  await expect(r.status).toHaveText(/^Bản 2/);
  expect((await revisions(call, meetingId)).map((x) => x.revision)).toEqual([2, 1]);
});

test('the report tab at 1366×768', async ({ page }) => {
  const { r } = await openReport(page);
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(r.preview).toContainText('BÁO CÁO');
  await page.screenshot({ path: 'docs/screens/report-1366x768.png' });
});
