import {
  Button,
  Checkbox,
  Collapse,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/directorySchemas';
import { DelimiterSelect, EncodingSelect, SheetSelect } from './ReadingControls';
import type { ReadingChange } from './readingOverrides';
import { TopRows } from './TopRows';

interface ReadingOptionsProps {
  preview: ImportPreview;
  onChange: (change: ReadingChange) => void;
  disabled: boolean;
}

/** What the reader detected (type, encoding, separator, sheet, header row), each correctable. */
export function ReadingOptions({ preview, onChange, disabled }: ReadingOptionsProps) {
  const { t } = useTranslation();
  const [topOpen, top] = useDisclosure(false);
  const line = preview.headerRow + 1;
  const [typed, setTyped] = useState<number | string>(line);
  const [shownLine, setShownLine] = useState(line);
  if (shownLine !== line) {
    // A new reading moved the header row: show it instead of what was typed.
    setShownLine(line);
    setTyped(line);
  }

  const applyHeaderRow = () => {
    if (typeof typed === 'number' && typed >= 1 && typed !== line) {
      onChange({ kind: 'headerRow', headerRow: typed - 1 });
    } else setTyped(line);
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('import.reading.title')}
        </Title>
        <Group align="flex-start" gap="lg">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('import.reading.kind')}
            </Text>
            <Text data-testid="import-kind">{t(`import.reading.kinds.${preview.kind}`)}</Text>
          </Stack>
          {preview.kind === 'xlsx' && (
            <SheetSelect
              value={preview.sheet}
              sheets={preview.sheets}
              onChange={onChange}
              disabled={disabled}
            />
          )}
          {preview.encoding && (
            <EncodingSelect
              value={preview.encoding.used}
              detected={preview.encoding.detected}
              onChange={onChange}
              disabled={disabled || preview.kind !== 'csv'}
            />
          )}
          {preview.kind === 'csv' && (
            <DelimiterSelect value={preview.delimiter} onChange={onChange} disabled={disabled} />
          )}
          <NumberInput
            w={170}
            label={t('import.reading.headerRow')}
            description={t('import.reading.headerRowHelp')}
            min={1}
            max={preview.preview.length}
            allowDecimal={false}
            allowNegative={false}
            value={typed}
            disabled={disabled}
            onChange={setTyped}
            onBlur={applyHeaderRow}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyHeaderRow();
            }}
          />
        </Group>
        <Group gap="lg">
          <Checkbox
            label={t('import.reading.headerRows')}
            checked={preview.headerRows === 2}
            disabled={disabled}
            onChange={(e) =>
              onChange({ kind: 'headerRows', headerRows: e.currentTarget.checked ? 2 : 1 })
            }
          />
          <Button variant="subtle" size="compact-sm" onClick={top.toggle} aria-expanded={topOpen}>
            {t(topOpen ? 'import.reading.hideTop' : 'import.reading.showTop')}
          </Button>
        </Group>
        <Collapse in={topOpen}>
          {topOpen && (
            <TopRows
              rows={preview.preview}
              headerRow={preview.headerRow}
              headerRows={preview.headerRows}
              disabled={disabled}
              onChoose={(headerRow) => onChange({ kind: 'headerRow', headerRow })}
            />
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}
