import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldText, matchesQuery } from '../../shared/text/fold';

/**
 * Mantine's default filter compares raw lowercase text, so "thanh hoa" would not find
 * "Thanh Hóa". This one folds accents and đ like every other search in the app, and keeps
 * groups (dropping the ones left empty).
 */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const result: ComboboxParsedItem[] = [];
  let count = 0;
  const matches = (item: ComboboxItem) => matchesQuery(foldText(item.label), search);
  for (const option of options) {
    if (count >= limit) break;
    if ('group' in option) {
      const items: ComboboxItem[] = [];
      for (const item of option.items) {
        if (count < limit && matches(item)) {
          items.push(item);
          count++;
        }
      }
      if (items.length > 0) result.push({ group: option.group, items });
    } else if (matches(option)) {
      result.push(option);
      count++;
    }
  }
  return result;
};
