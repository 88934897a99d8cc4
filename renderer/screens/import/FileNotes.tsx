import { List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/directorySchemas';
import vi from '../../i18n/vi.json';

type Reason = keyof typeof vi.import.skipped.reasons;
const isReason = (r: string): r is Reason =>
  Object.prototype.hasOwnProperty.call(vi.import.skipped.reasons, r);

/** Past this many, a list is cut short: the operator needs the gist, not every line. */
const SHOWN = 8;

/** One titled, shortened list of lines from the file. */
function NoteList({ testId, title, items }: { testId: string; title: string; items: string[] }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {title}
        </Text>
        <List size="sm">
          {items.slice(0, SHOWN).map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
          {items.length > SHOWN && <List.Item>…</List.Item>}
        </List>
      </Stack>
    </Paper>
  );
}

/** Rows the reader did not take as people (total rows, repeated headers…) and section headings. */
export function FileNotes({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { skipped, sections } = preview;
  if (skipped.length === 0 && sections.length === 0) return null;
  return (
    <SimpleGrid cols={2} spacing="md">
      {skipped.length > 0 && (
        <NoteList
          testId="import-skipped"
          title={t('import.skipped.title', { count: skipped.length })}
          items={skipped.map((s) =>
            t('import.skipped.item', {
              line: s.line,
              reason: t(`import.skipped.reasons.${isReason(s.reason) ? s.reason : 'other'}`),
            }),
          )}
        />
      )}
      {sections.length > 0 && (
        <NoteList
          testId="import-sections"
          title={t('import.sections.title', { count: sections.length })}
          items={sections.map((s) => t('import.sections.item', { line: s.line, title: s.title }))}
        />
      )}
    </SimpleGrid>
  );
}
