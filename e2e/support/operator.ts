import { hostApi } from './api';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Page-object helpers for the operator's screens: role and test-id locators only, so a
 * label change in the i18n files breaks one place.
 */
/** A field's label, exactly, with or without the required-field asterisk. */
export function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
}

export class Operator {
  constructor(readonly page: Page) {}

  async chooseOption(
    field: string,
    typed: string,
    option: string | RegExp,
    scope: Page | Locator = this.page,
  ) {
    const box = scope.getByRole('combobox', { name: label(field) });
    await box.click();
    if (typed) await box.fill(typed);
    await this.page
      .getByRole('option', { name: option, exact: typeof option === 'string' })
      .click();
  }

  async setUpProfile() {
    const page = this.page;
    await expect(page.getByRole('heading', { name: 'Thiết lập điểm cầu' })).toBeVisible();
    await page.getByLabel(label('Tên điểm cầu')).fill('Điểm cầu Tỉnh ủy Thanh Hóa');
    await this.chooseOption('Tỉnh, thành phố', 'thanh hoa', 'Thanh Hóa');
    await this.chooseOption('Loại cơ quan', '', /^Cơ quan của Đảng/);
    await page.getByLabel(label('Cơ quan cấp trên')).fill('Tỉnh ủy Thanh Hóa');
    await page.getByLabel(label('Cơ quan ban hành văn bản')).fill('Văn phòng');
    await page.getByLabel(label('Người vận hành')).fill('Lê Thị Mai');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  }

  async openNav(name: 'Hội nghị' | 'Danh bạ đại biểu' | 'Điểm cầu') {
    await this.page.getByRole('link', { name, exact: true }).click();
  }

  async addPersonInDirectory(p: {
    fullName: string;
    givenName?: string;
    position: string;
    unit: string;
    group?: string;
    rank?: number;
  }) {
    const page = this.page;
    await page.getByRole('button', { name: 'Thêm người' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(label('Họ và tên')).fill(p.fullName);
    if (p.givenName) await dialog.getByLabel(label('Tên (để sắp xếp)')).fill(p.givenName);
    await dialog.getByLabel(label('Chức vụ')).fill(p.position);
    await dialog.getByLabel(label('Đơn vị')).fill(p.unit);
    if (p.group) await this.chooseOption('Nhóm đại biểu', '', p.group, dialog);
    if (p.rank) await dialog.getByLabel(label('Thứ bậc trong nhóm')).fill(String(p.rank));
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Seeds people through the same HTTP API the UI uses (as a roster import would). */
  async seedPeople(
    people: {
      fullName: string;
      position: string;
      unit: string;
      groupId: string | null;
      rank?: number;
    }[],
  ) {
    const call = await hostApi(this.page.url());
    for (const p of people) await call('people.create', p);
  }

  // ---- Check-in (compact rows: name, post, status, one menu; statuses by key in the list) ----

  checkinRow(name: string): Locator {
    return this.page.locator('[data-testid^="checkin-row-"]', { hasText: name });
  }

  checkinSearch(): Locator {
    return this.page.getByTestId('checkin-search');
  }

  checkinList(): Locator {
    return this.page.getByRole('listbox', { name: 'Đại biểu theo thứ tự lễ tân' });
  }

  /** The form asked under a row ("Vắng có lý do – Lê Văn A"). */
  checkinForm(action: string, name: string): Locator {
    return this.page.getByRole('form', { name: `${action} – ${name}`, exact: true });
  }

  /** Chooses an item of a row's one menu ("Thao tác – name"): a status, the history, the reset. */
  async rowAction(name: string, item: string) {
    await this.page.getByRole('button', { name: `Thao tác – ${name}`, exact: true }).click();
    // Scoped to this row's menu: the previous one may still be fading out.
    await this.page
      .getByRole('menu', { name: `Thao tác – ${name}`, exact: true })
      .getByRole('menuitem', { name: item, exact: true })
      .click();
  }

  /** Fills the form under a row and records it. */
  async fillCheckinForm(action: string, name: string, fill: Record<string, string>) {
    const form = this.checkinForm(action, name);
    for (const [field, value] of Object.entries(fill))
      await form.getByLabel(label(field)).fill(value);
    await form.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(form).toBeHidden();
  }

  /** With the mouse: the row's menu, then the status (and its form when it needs a fact). */
  async mark(status: string, name: string, fill?: Record<string, string>) {
    await this.rowAction(name, status);
    if (fill) await this.fillCheckinForm(status, name, fill);
  }
}
