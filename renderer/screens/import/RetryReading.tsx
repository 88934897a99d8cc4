import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/api/errors';
import { DelimiterSelect, EncodingSelect, SheetSelect } from './ReadingControls';
import type { ReadingChange } from './readingOverrides';

interface RetryReadingProps {
  error: AppError;
  onChange: (change: ReadingChange) => void;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * When no header was found, the cause is often a wrong guess: the encoding of a CSV (the titles
 * come out garbled), its separator, or another sheet of the workbook. Offer those choices here.
 */
export function RetryReading({ error, onChange }: RetryReadingProps) {
  const { t } = useTranslation();
  if (error.code !== 'IMPORT_NO_HEADER') return null;
  const details = error.details ?? {};
  const encoding = details.encoding as { detected?: unknown; used?: unknown } | undefined;
  const sheets = Array.isArray(details.sheets)
    ? details.sheets.filter((s) => typeof s === 'string')
    : [];
  const delimiter = text(details.delimiter);
  if (!encoding && sheets.length < 2 && delimiter === null) return null;

  return (
    <Stack gap="xs">
      <Text fw={500}>{t('import.file.retryWith')}</Text>
      <Group align="flex-start">
        {encoding && (
          <EncodingSelect
            value={text(encoding.used)}
            detected={text(encoding.detected)}
            onChange={onChange}
          />
        )}
        {delimiter !== null && <DelimiterSelect value={delimiter} onChange={onChange} />}
        {sheets.length > 1 && (
          <SheetSelect value={text(details.sheet)} sheets={sheets} onChange={onChange} />
        )}
      </Group>
    </Stack>
  );
}
