import { setUpPoint } from '../support/point';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { hostApi } from '../support/api';
import { removeDataDir, startHost } from '../support/host';
import { ImportWizardPage } from '../support/importWizard';
import { Operator } from '../support/operator';
import { writeRosterXlsx } from '../support/roster';

/**
 * A meeting's roster says "Ghi chú" of that meeting ("Chủ trì", "Vắng - đi công tác"). Imported
 * from the meeting, those remarks go on the meeting's invitees, and the directory keeps only
 * the notes the operator gave it; the operator can still map the column to the directory.
 */
test('a meeting roster’s remarks stay with the meeting, not in the directory', async ({ page }) => {
  const host = await startHost();
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-remarks-'));
  try {
    const call = await hostApi(host.url);
    await setUpPoint(call);
    const known = await call<{ id: string }>('people.create', {
      fullName: 'Phạm Văn Đức',
      position: 'Giám đốc Sở Tài chính',
      unit: 'Sở Tài chính',
      note: 'Số máy lẻ 201',
    });
    const meeting = await call<{ id: string }>('meetings.create', {
      title: 'Hội nghị giao ban',
      date: '2026-12-15',
      startTime: '08:00',
    });
    const file = path.join(files, 'danh-sach.xlsx');
    await writeRosterXlsx(file, [
      { fullName: 'Đỗ Trọng Hưng', position: 'Bí thư Tỉnh ủy', unit: 'Tỉnh ủy', note: 'Chủ trì' },
      {
        fullName: 'Phạm Văn Đức',
        position: 'Giám đốc Sở Tài chính',
        unit: 'Sở Tài chính',
        note: 'Vắng - đi công tác',
      },
      { fullName: 'Lê Văn An', position: 'Chuyên viên', unit: 'Văn phòng' },
    ]);

    const op = new Operator(page);
    const wizard = new ImportWizardPage(page);
    await page.goto(`${host.url}#/meetings/${meeting.id}`);
    await page.getByRole('link', { name: 'Nhập danh sách và mời' }).click();
    await wizard.chooseFile(file);
    // The column is read as the meeting's remark, and says so.
    await expect(page.getByRole('combobox', { name: 'Cột 5: Ghi chú' })).toHaveValue(
      'Ghi chú cho hội nghị này',
    );
    await expect(wizard.row('Đỗ Trọng Hưng')).toContainText('Chủ trì');
    await wizard.duplicateSelect('Phạm Văn Đức').selectOption({ label: 'Cập nhật' });
    await op.chooseOption('Cột 3: Nhiệm vụ', '', 'Chức vụ');
    await page.getByRole('button', { name: 'Nhập và mời vào hội nghị' }).click();
    await expect(page.getByTestId('import-result-invited')).toHaveText('3');

    await page.getByRole('link', { name: 'Mở danh sách đại biểu của hội nghị' }).click();
    const row = (name: string) => page.locator('[data-testid^="invitee-row-"]', { hasText: name });
    await expect(row('Đỗ Trọng Hưng')).toContainText('Chủ trì');
    await expect(row('Phạm Văn Đức')).toContainText('Vắng - đi công tác');

    // The directory keeps the note it had, and nothing said of this one meeting.
    const person = await call<{ note: string }>('people.get', { id: known.id });
    expect(person.note).toBe('Số máy lẻ 201');
    const everyone = await call<{ items: { note: string }[] }>('people.search', {});
    expect(everyone.items.map((p) => p.note).filter(Boolean)).toEqual(['Số máy lẻ 201']);
  } finally {
    await host.stop();
    removeDataDir(host.dataDir);
    fs.rmSync(files, { recursive: true, force: true });
  }
});
