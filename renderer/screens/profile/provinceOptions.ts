import type { ComboboxItemGroup, ComboboxItem } from '@mantine/core';
import type { Province } from '../../../shared/api/schemas';
import { OTHER_PROVINCE } from '../../../shared/api/schemas';

export interface ProvinceLabels {
  currentGroup: string;
  formerGroup: string;
  otherGroup: string;
  otherOption: string;
  /** Former units share names with current ones ("Thanh Hóa"), so their label must differ. */
  formerLabel: (name: string) => string;
}

const collator = new Intl.Collator('vi');

/**
 * Select data for the province field: the 34 current units first, then the 63 units in force
 * before 1 July 2025 (older meetings and some points still use them), then "other".
 */
export function provinceOptions(
  provinces: readonly Province[],
  labels: ProvinceLabels,
): ComboboxItemGroup<ComboboxItem>[] {
  const byName = (a: Province, b: Province) => collator.compare(a.name, b.name);
  const current = provinces.filter((p) => p.current).sort(byName);
  const former = provinces.filter((p) => !p.current).sort(byName);
  return [
    {
      group: labels.currentGroup,
      items: current.map((p) => ({ value: p.code, label: p.name })),
    },
    {
      group: labels.formerGroup,
      items: former.map((p) => ({ value: p.code, label: labels.formerLabel(p.name) })),
    },
    { group: labels.otherGroup, items: [{ value: OTHER_PROVINCE, label: labels.otherOption }] },
  ];
}
