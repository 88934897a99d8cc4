import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportOverrides } from '../../../shared/api/directorySchemas';
import { ROSTER_ENCODINGS } from '../../../shared/api/directorySchemas';
import type { ReadingChange } from './readingOverrides';

type Encoding = NonNullable<ImportOverrides['encoding']>;
type Delimiter = NonNullable<ImportOverrides['delimiter']>;

const DELIMITERS: { value: Delimiter; key: 'comma' | 'semicolon' | 'tab' }[] = [
  { value: ',', key: 'comma' },
  { value: ';', key: 'semicolon' },
  { value: '\t', key: 'tab' },
];

const isEncoding = (v: string | null): v is Encoding =>
  (ROSTER_ENCODINGS as readonly (string | null)[]).includes(v);
const isDelimiter = (v: string | null): v is Delimiter => DELIMITERS.some((d) => d.value === v);

interface ControlProps<T> {
  value: T | null;
  onChange: (change: ReadingChange) => void;
  disabled?: boolean;
}

/** The text encoding of a CSV, with the one detected named underneath. */
export function EncodingSelect({
  value,
  detected,
  onChange,
  disabled,
}: ControlProps<string> & { detected: string | null }) {
  const { t } = useTranslation();
  const name = (e: Encoding) => t(`import.encodings.${e}`);
  return (
    <Select
      w={380}
      label={t('import.reading.encoding')}
      description={
        detected && isEncoding(detected)
          ? t('import.reading.encodingDetected', { name: name(detected) })
          : undefined
      }
      data={ROSTER_ENCODINGS.map((e) => ({ value: e, label: name(e) }))}
      value={value}
      allowDeselect={false}
      disabled={disabled}
      onChange={(v) => isEncoding(v) && onChange({ kind: 'encoding', encoding: v })}
    />
  );
}

export function DelimiterSelect({ value, onChange, disabled }: ControlProps<string>) {
  const { t } = useTranslation();
  return (
    <Select
      w={200}
      label={t('import.reading.delimiter')}
      data={DELIMITERS.map((d) => ({ value: d.value, label: t(`import.delimiters.${d.key}`) }))}
      value={value}
      allowDeselect={false}
      disabled={disabled}
      onChange={(v) => isDelimiter(v) && onChange({ kind: 'delimiter', delimiter: v })}
    />
  );
}

export function SheetSelect({
  value,
  sheets,
  onChange,
  disabled,
}: ControlProps<string> & { sheets: string[] }) {
  const { t } = useTranslation();
  return (
    <Select
      w={220}
      label={t('import.reading.sheet')}
      data={sheets}
      value={value}
      allowDeselect={false}
      disabled={disabled || sheets.length < 2}
      onChange={(v) => v !== null && onChange({ kind: 'sheet', sheet: v })}
    />
  );
}
