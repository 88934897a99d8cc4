import type { HostCall } from './api';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** A callable host API, as returned by `hostApi(url)`. */

export interface SeededPerson {
  id: string;
  fullName: string;
  position: string;
  unit: string;
  groupId: string;
  rank: number;
}

/**
 * How many people each default protocol group gets (resources/protocol-groups.json): 300 in all,
 * a small group to invite whole, a large one to page through, and guests to pick a range from.
 */
export const DIRECTORY_SHAPE: readonly { groupId: string; count: number; position: string }[] = [
  { groupId: 'grp-trung-uong', count: 3, position: 'Ủy viên Trung ương Đảng' },
  { groupId: 'grp-thuong-truc-tu', count: 3, position: 'Phó Bí thư Tỉnh ủy' },
  { groupId: 'grp-btv', count: 12, position: 'Ủy viên Ban Thường vụ Tỉnh ủy' },
  { groupId: 'grp-hdnd', count: 5, position: 'Phó Chủ tịch HĐND tỉnh' },
  { groupId: 'grp-ubnd', count: 5, position: 'Phó Chủ tịch UBND tỉnh' },
  { groupId: 'grp-tinh-uy-vien', count: 40, position: 'Tỉnh ủy viên' },
  { groupId: 'grp-ban-dang', count: 12, position: 'Trưởng ban' },
  { groupId: 'grp-so-nganh', count: 150, position: 'Giám đốc' },
  { groupId: 'grp-mttq', count: 30, position: 'Chủ tịch' },
  { groupId: 'grp-khach-moi', count: 40, position: 'Khách mời' },
];

/** The first twelve heads of department work at the Health Department: a filter to select. */
export const HEALTH_UNIT = 'Sở Y tế';
export const HEALTH_COUNT = 12;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ'];
const FAMILY_MORE = ['Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Ngọc'];
// No given name begins with "y" or "te", so only the Health Department matches "so y te".
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Khánh', 'Lan'];
const OTHER_UNITS = ['Sở Tài chính', 'Sở Tư pháp', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Công Thương'];

/** A distinct, plausible name for every index below 1,280. */
function nameOf(i: number): string {
  const families = [...FAMILY, ...FAMILY_MORE];
  const family = families[i % families.length]!;
  const middle = MIDDLE[Math.floor(i / families.length) % MIDDLE.length]!;
  const given = GIVEN[Math.floor(i / (families.length * MIDDLE.length)) % GIVEN.length]!;
  return `${family} ${middle} ${given}`;
}

/** The people of DIRECTORY_SHAPE, ranked 1… within their group, so protocol order is known. */
export function directoryPeople(): Omit<SeededPerson, 'id'>[] {
  const people: Omit<SeededPerson, 'id'>[] = [];
  for (const { groupId, count, position } of DIRECTORY_SHAPE) {
    for (let rank = 1; rank <= count; rank++) {
      const i = people.length;
      const unit =
        groupId === 'grp-so-nganh'
          ? rank <= HEALTH_COUNT
            ? HEALTH_UNIT
            : OTHER_UNITS[rank % OTHER_UNITS.length]!
          : 'Tỉnh Thanh Hóa';
      people.push({ fullName: nameOf(i), position, unit, groupId, rank });
    }
  }
  return people;
}

/** Creates the 300 people through the host's API, as a roster import would. */
export async function seedDirectory(call: HostCall): Promise<SeededPerson[]> {
  const seeded: SeededPerson[] = [];
  for (const person of directoryPeople()) {
    const { id } = await call<{ id: string }>('people.create', person);
    seeded.push({ ...person, id });
  }
  return seeded;
}

/** Escapes a text for use inside a RegExp. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The "Thêm từ danh bạ" dialog, by roles and labels only. */
export class DirectoryPicker {
  readonly dialog: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Thêm đại biểu từ danh bạ' });
    this.list = this.dialog.getByRole('listbox', { name: 'Người trong danh bạ' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Thêm từ danh bạ' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** A person's row; its accessible name begins with their full name. */
  row(fullName: string): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${literal(fullName)}\\b`) });
  }

  async search(text: string) {
    await this.dialog.getByRole('textbox', { name: 'Tìm theo tên, chức vụ, đơn vị' }).fill(text);
  }

  /** Types into the group box and picks the group from what the typing left. */
  async chooseGroup(typed: string, groupName: string) {
    const box = this.dialog.getByRole('combobox', { name: 'Nhóm đại biểu' });
    await box.click();
    await box.fill(typed);
    await this.page.getByRole('option', { name: groupName, exact: true }).click();
    await expect(box).toHaveValue(groupName);
  }

  async clearGroup() {
    await this.dialog.getByRole('button', { name: 'Bỏ lọc theo nhóm' }).click();
    await expect(this.dialog.getByRole('combobox', { name: 'Nhóm đại biểu' })).toHaveValue('');
  }

  selected(): Locator {
    return this.dialog.getByTestId('picker-selected');
  }

  submit(count: number): Locator {
    return this.dialog.getByRole('button', { name: `Thêm ${count} người vào danh sách` });
  }

  /** The rows wholly inside the list's visible box (virtualized rows outside it do not count). */
  async rowsInView(): Promise<{ inView: number; rendered: number }> {
    return this.list.evaluate((list) => {
      const box = list.getBoundingClientRect();
      const rows = [...list.querySelectorAll('[role="option"]')];
      const inView = rows.filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5;
      }).length;
      return { inView, rendered: rows.length };
    });
  }
}
