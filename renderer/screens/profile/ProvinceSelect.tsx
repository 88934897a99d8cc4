import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { useProvinces } from '../../stores/referenceStore';
import { provinceOptions } from './provinceOptions';

interface ProvinceSelectProps {
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string | undefined;
}

/** Searchable province picker; typing "thanh hoa" finds "Thanh Hóa". */
export function ProvinceSelect({ value, onChange, error }: ProvinceSelectProps) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const data = useMemo(
    () =>
      provinceOptions(provinces ?? [], {
        currentGroup: t('profile.provinceCurrent'),
        formerGroup: t('profile.provinceFormer'),
        otherGroup: t('profile.provinceOtherGroup'),
        otherOption: t('profile.provinceOtherOption'),
        formerLabel: (name) => t('profile.provinceFormerLabel', { name }),
      }),
    [provinces, t],
  );
  return (
    <Select
      label={t('profile.province')}
      placeholder={t('profile.provincePlaceholder')}
      required
      searchable
      data={data}
      filter={foldedOptionsFilter}
      nothingFoundMessage={t('profile.provinceNothingFound')}
      maxDropdownHeight={320}
      value={value}
      onChange={onChange}
      error={error}
      disabled={provinces === null}
    />
  );
}
