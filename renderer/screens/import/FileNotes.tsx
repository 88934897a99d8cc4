import { List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/directorySchemas';
import vi from '../../i18n/vi.json';

type Reason = keyof typeof vi.import.skipped.reasons;
const isReason = (r: string): r is Reason =>
  Object.prototype.hasOwnProperty.call(vi.import.skipped.reasons, r);

/** Past this many, a list is cut short: the operator needs the gist, not every line. */
const SHOWN = 8;

/** Rows the reader did not take as people (total rows, repeated headers…) and section headings. */
export function FileNotes({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { skipped, sections } = preview;
  if (skipped.length === 0 && sections.length === 0) return null;
  const more = (n: number) => (n > SHOWN ? <List.Item>…</List.Item> : null);
  return (
    <SimpleGrid cols={2} spacing="md">
      {skipped.length > 0 && (
        <Paper withBorder p="sm" data-testid="import-skipped">
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {t('import.skipped.title', { count: skipped.length })}
            </Text>
            <List size="sm">
              {skipped.slice(0, SHOWN).map((s) => (
                <List.Item key={s.line}>
                  {t('import.skipped.item', {
                    line: s.line,
                    reason: t(`import.skipped.reasons.${isReason(s.reason) ? s.reason : 'other'}`),
                  })}
                </List.Item>
              ))}
              {more(skipped.length)}
            </List>
          </Stack>
        </Paper>
      )}
      {sections.length > 0 && (
        <Paper withBorder p="sm" data-testid="import-sections">
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {t('import.sections.title', { count: sections.length })}
            </Text>
            <List size="sm">
              {sections.slice(0, SHOWN).map((s) => (
                <List.Item key={s.line}>
                  {t('import.sections.item', { line: s.line, title: s.title })}
                </List.Item>
              ))}
              {more(sections.length)}
            </List>
          </Stack>
        </Paper>
      )}
    </SimpleGrid>
  );
}
