import { expect, test } from '@playwright/test';
import type { RunningHost } from '../support/host';
import { removeDataDir, startHost } from '../support/host';
import { label, Operator } from '../support/operator';

/**
 * A new operator's first meeting, end to end against the real core: profile, directory,
 * a meeting with an agenda, 20 invitees (directory, a whole group, a walk-in), check-in with
 * every status, the headcount, then a reload and a host restart with everything still there.
 */
let host: RunningHost;

test.beforeAll(async () => {
  host = await startHost();
});

test.afterAll(async () => {
  await host.stop();
  removeDataDir(host.dataDir);
});

const SO_NGANH = 'grp-so-nganh';
const DEPARTMENT_HEADS = [
  'Phạm Văn Đức',
  'Trần Thị Thu Hà',
  'Hoàng Minh Tuấn',
  'Vũ Thị Lan',
  'Bùi Quốc Khánh',
  'Ngô Văn Sơn',
  'Đặng Thị Yến',
  'Hồ Xuân Phúc',
];
const COMMUNE_LEADERS = [
  'Lương Văn Bình',
  'Mai Thị Hương',
  'Trịnh Văn Nam',
  'Lý Thị Ngân',
  'Cao Văn Long',
  'Đinh Thị Vân',
  'Tạ Quang Trung',
  'Kiều Thị Mai',
];

test('a new operator records a whole meeting and finds it intact after a restart', async ({
  page,
}) => {
  const op = new Operator(page);
  await page.goto(host.url);

  await test.step('first run: the connection point profile', async () => {
    await op.setUpProfile();
    await expect(page.getByRole('link', { name: 'Danh bạ đại biểu' })).toBeVisible();
  });

  await test.step('directory: three people by hand, sixteen from the office list', async () => {
    await op.openNav('Danh bạ đại biểu');
    await op.addPersonInDirectory({
      fullName: 'Đỗ Trọng Hưng',
      position: 'Bí thư Tỉnh ủy',
      unit: 'Tỉnh ủy Thanh Hóa',
      group: 'Thường trực Tỉnh ủy',
      rank: 1,
    });
    await op.addPersonInDirectory({
      fullName: 'Nguyễn Thị Ngọc Anh',
      givenName: 'Ngọc Anh',
      position: 'Phó Bí thư Thường trực Tỉnh ủy',
      unit: 'Tỉnh ủy Thanh Hóa',
      group: 'Thường trực Tỉnh ủy',
      rank: 2,
    });
    // Typed with the "new" tone placement; stored as the same person as "Hòa".
    await op.addPersonInDirectory({
      fullName: 'Lê Văn Hoà',
      position: 'Chánh Văn phòng Tỉnh ủy',
      unit: 'Văn phòng Tỉnh ủy',
      group: 'Trưởng các ban Đảng',
    });
    await op.seedPeople([
      ...DEPARTMENT_HEADS.map((fullName, i) => ({
        fullName,
        position: 'Giám đốc Sở',
        unit: `Sở số ${i + 1}`,
        groupId: SO_NGANH,
        rank: i + 1,
      })),
      ...COMMUNE_LEADERS.map((fullName) => ({
        fullName,
        position: 'Chủ tịch UBND xã',
        unit: 'UBND xã Đông Tiến',
        groupId: null,
      })),
    ]);
    await page.reload();
    await expect(page.getByTestId('directory-total')).toHaveText('Tìm thấy 19 người');
    // Accent-insensitive search, and the stored spelling is the traditional one.
    await page.getByLabel(label('Tìm theo tên, chức vụ, đơn vị, điện thoại')).fill('hung');
    await expect(page.getByTestId('directory-total')).toHaveText('Tìm thấy 1 người');
    await expect(
      page.locator('[data-testid^="person-row-"]', { hasText: 'Đỗ Trọng Hưng' }),
    ).toBeVisible();
    await page.getByLabel(label('Tìm theo tên, chức vụ, đơn vị, điện thoại')).fill('hoa');
    await expect(
      page.locator('[data-testid^="person-row-"]', { hasText: 'Lê Văn Hòa' }),
    ).toBeVisible();
  });

  await test.step('a meeting with an agenda', async () => {
    await op.openNav('Hội nghị');
    await page.getByRole('link', { name: 'Tạo hội nghị mới' }).click();
    await page
      .getByLabel(label('Tên hội nghị'))
      .fill('Hội nghị toàn quốc sơ kết công tác 6 tháng đầu năm');
    await page.getByLabel(label('Chủ trì tại điểm cầu Trung ương')).fill('Thường trực Ban Bí thư');
    await page.getByRole('button', { name: 'Thêm người chủ trì' }).click();
    await page.getByLabel(label('Họ và tên người chủ trì 1')).fill('Trần Cẩm Tú');
    await page.getByLabel(label('Chức vụ người chủ trì 1')).fill('Thường trực Ban Bí thư');
    await op.chooseOption('Chủ trì tại điểm cầu', 'hung', /Đỗ Trọng Hưng/);
    await page.getByLabel(label('Ngày họp')).fill('2023-07-28');
    await page.getByLabel(label('Giờ bắt đầu')).fill('08:00');
    await page.getByLabel(label('Giờ kết thúc')).fill('11:30');
    for (const [i, [title, presenter, start, minutes]] of [
      ['Khai mạc hội nghị', 'Thường trực Ban Bí thư', '08:00', '15'],
      ['Báo cáo sơ kết', 'Văn phòng Trung ương Đảng', '08:15', '45'],
    ].entries()) {
      await page.getByRole('button', { name: 'Thêm nội dung' }).click();
      await page.getByLabel(label(`Nội dung ${i + 1}`)).fill(title!);
      await page.getByLabel(label(`Người trình bày ${i + 1}`)).fill(presenter!);
      await page.getByLabel(label(`Giờ dự kiến ${i + 1}`)).fill(start!);
      await page.getByLabel(label(`Thời lượng (phút) ${i + 1}`)).fill(minutes!);
    }
    await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
    await expect(page.getByTestId('meeting-date')).toHaveText('ngày 28 tháng 7 năm 2023');
    await expect(page.getByTestId('meeting-time')).toHaveText('08:00 – 11:30');
  });

  await test.step('twenty invitees: from the directory, a whole group, and a walk-in', async () => {
    await page.getByRole('button', { name: 'Thêm từ danh bạ' }).click();
    const dialog = page.getByRole('dialog');
    const search = dialog.getByLabel(label('Tìm theo tên, chức vụ, đơn vị'));
    // The whole directory is listed first, Đỗ Trọng Hưng in it: a click aimed at his row there
    // while the filtered list replaces it lands where the row was, on someone else or on
    // nothing (a flake seen once: 10 of 11 picked). Wait for the filter's answer first.
    const total = dialog.getByTestId('picker-total');
    await expect(total).toHaveText(/\d/);
    const everyone = await total.textContent();
    await search.fill('hung');
    await expect(async () => {
      const now = await total.textContent();
      expect(now).toMatch(/\d/);
      expect(now).not.toBe(everyone);
    }).toPass();
    for (const [query, name] of [
      ['hung', 'Đỗ Trọng Hưng'],
      ['ngoc anh', 'Nguyễn Thị Ngọc Anh'],
      ['le van hoa', 'Lê Văn Hòa'],
    ] as const) {
      await search.fill(query);
      await dialog.getByRole('option', { name: new RegExp(name) }).click();
    }
    await search.fill('dong tien');
    for (const name of COMMUNE_LEADERS.slice(0, 8)) {
      await dialog.getByRole('option', { name: new RegExp(name) }).click();
    }
    await dialog.getByRole('button', { name: 'Thêm 11 người vào danh sách' }).click();
    await expect(page.getByTestId('invitee-count')).toHaveText('11 đại biểu');

    await page.getByRole('button', { name: 'Thêm theo nhóm' }).click();
    await op.chooseOption('Nhóm đại biểu', '', 'Lãnh đạo sở, ban, ngành', page.getByRole('dialog'));
    await page.getByRole('dialog').getByRole('button', { name: 'Thêm cả nhóm' }).click();
    await expect(page.getByTestId('invitee-count')).toHaveText('19 đại biểu');

    await page.getByRole('button', { name: 'Thêm đại biểu phát sinh' }).click();
    const walkIn = page.getByRole('dialog');
    await walkIn.getByLabel(label('Họ và tên')).fill('Võ Thành Công');
    await walkIn.getByLabel(label('Chức vụ')).fill('Phóng viên');
    await walkIn.getByLabel(label('Đơn vị')).fill('Báo Thanh Hóa');
    await walkIn.getByLabel(label('Lưu vào danh bạ để dùng cho lần sau')).check();
    await walkIn.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(page.getByTestId('invitee-count')).toHaveText('20 đại biểu');

    // Protocol order: Thường trực Tỉnh ủy first, the Bí thư before the Phó Bí thư.
    const rows = page.locator('[data-testid^="invitee-row-"]');
    await expect(rows.nth(0)).toContainText('Đỗ Trọng Hưng');
    await expect(rows.nth(1)).toContainText('Nguyễn Thị Ngọc Anh');
  });

  await test.step('check-in with every status, keyboard first', async () => {
    await page.getByRole('tab', { name: 'Điểm danh' }).click();
    const search = page.getByTestId('checkin-search');
    await expect(search).toBeFocused();
    // Enter in the empty box marks nobody: a stray key press must not record the first person.
    await search.press('Enter');
    await expect(op.checkinRow('Đỗ Trọng Hưng')).toHaveAttribute('data-status', 'pending');
    await search.fill('do trong');
    await search.press('Enter');
    await expect(op.checkinRow('Đỗ Trọng Hưng')).toHaveAttribute('data-status', 'present');
    await expect(search).toHaveValue('');
    // Enter never overwrites a recorded status: it says so, and the text stays for correction.
    await search.fill('do trong');
    await search.press('Enter');
    await expect(
      page.getByText('Đỗ Trọng Hưng đã được ghi “Có mặt”.', { exact: false }),
    ).toBeVisible();
    await expect(search).toHaveValue('do trong');
    await search.press('Escape');
    await expect(search).toHaveValue('');

    for (const name of [...DEPARTMENT_HEADS.slice(0, 6), 'Võ Thành Công', 'Lê Văn Hòa']) {
      await op.mark('Có mặt', name);
      await expect(op.checkinRow(name)).toHaveAttribute('data-status', 'present');
    }
    await op.mark('Có mặt', 'Nguyễn Thị Ngọc Anh');
    await op.mark('Có mặt', COMMUNE_LEADERS[0]!);
    await op.mark('Có mặt', COMMUNE_LEADERS[1]!);
    await op.mark('Đến muộn', DEPARTMENT_HEADS[6]!, { 'Giờ đến': '08:20' });
    await op.mark('Đến muộn', DEPARTMENT_HEADS[7]!, { 'Giờ đến': '08:35' });
    await expect(op.checkinRow(DEPARTMENT_HEADS[7]!)).toContainText('08:35');
    // The caret is back in the search box for the next person.
    await expect(search).toBeFocused();
    // Present, then left early: two entries in the history.
    await op.mark('Về sớm', COMMUNE_LEADERS[1]!, { 'Giờ về': '10:15' });
    await op.mark('Cử người dự thay', COMMUNE_LEADERS[2]!, {
      'Họ và tên người dự thay': 'Phan Văn Toàn',
      'Chức vụ người dự thay': 'Phó Chủ tịch UBND xã',
    });

    // A reason is required: the form says so, and nothing is recorded.
    await op.rowAction(COMMUNE_LEADERS[3]!, 'Vắng có lý do');
    const reasonForm = op.checkinForm('Vắng có lý do', COMMUNE_LEADERS[3]!);
    await reasonForm.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(reasonForm.getByText('Hãy ghi lý do vắng.')).toBeVisible();
    await reasonForm.getByLabel(label('Lý do vắng')).fill('Đi công tác Hà Nội');
    await reasonForm.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(op.checkinRow(COMMUNE_LEADERS[3]!)).toHaveAttribute(
      'data-status',
      'absent_excused',
    );
    await op.mark('Vắng có lý do', COMMUNE_LEADERS[4]!, { 'Lý do vắng': 'Ốm' });
    await op.mark('Vắng không lý do', COMMUNE_LEADERS[5]!);

    await page.getByRole('button', { name: 'Ghi vắng cho người chưa điểm danh' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Ghi vắng cho người chưa điểm danh' })
      .click();
    await expect(op.checkinRow(COMMUNE_LEADERS[6]!)).toHaveAttribute('data-status', 'absent');
    await expect(op.checkinRow(COMMUNE_LEADERS[7]!)).toHaveAttribute('data-status', 'absent');

    await op.rowAction(COMMUNE_LEADERS[1]!, 'Lịch sử điểm danh');
    const history = page.getByTestId('attendance-history');
    await expect(history.getByRole('row')).toHaveCount(3); // header + two changes
    await expect(history).toContainText('Về sớm');
    await expect(history).toContainText('Có mặt');
    await page.keyboard.press('Escape');
  });

  const expectHeadcount = async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await expect(page.getByTestId('headcount-sentence')).toHaveText(
      'Dự tại điểm cầu có 15 đại biểu',
    );
    const expected = {
      invited: 20,
      attending: 15,
      present: 11,
      late: 2,
      left_early: 1,
      substituted: 1,
      absent_excused: 2,
      absent: 3,
      pending: 0,
    };
    for (const [column, n] of Object.entries(expected)) {
      await expect(page.getByTestId(`headcount-total-${column}`)).toHaveText(String(n));
    }
    await expect(page.getByTestId(`headcount-group-${SO_NGANH}-invited`)).toHaveText('8');
    await expect(page.getByTestId(`headcount-group-${SO_NGANH}-late`)).toHaveText('2');
  };

  await test.step('the headcount', expectHeadcount);

  await test.step('reload the page: everything is still there', async () => {
    await page.reload();
    await expectHeadcount();
  });

  await test.step('restart the host on the same data folder: everything is still there', async () => {
    host = await host.restart();
    await page.goto(host.url);
    await op.openNav('Hội nghị');
    await page.getByRole('tab', { name: 'Đã qua' }).click();
    await page.getByRole('link', { name: /^Mở – Hội nghị toàn quốc sơ kết/ }).click();
    await expect(page.getByTestId('invitee-count')).toHaveText('20 đại biểu');
    await expectHeadcount();
    await page.getByRole('tab', { name: 'Điểm danh' }).click();
    await expect(op.checkinRow(COMMUNE_LEADERS[2]!)).toContainText('Phan Văn Toàn');
    await expect(op.checkinRow(COMMUNE_LEADERS[3]!)).toContainText('Đi công tác Hà Nội');
  });
});
