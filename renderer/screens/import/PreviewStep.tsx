import { Alert, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/directorySchemas';
import { ArrivalHeading } from '../../components/ArrivalHeading';
import { errorSentence } from '../../errors/translateError';
import { useGroups } from '../../stores/referenceStore';
import { ColumnMapping } from './ColumnMapping';
import { CommitBar } from './CommitBar';
import { FileNotes } from './FileNotes';
import { commitBlock, countActions } from './importRows';
import { InviteMeetingSelect } from './InviteMeetingSelect';
import { ReadingOptions } from './ReadingOptions';
import { RowsSection } from './RowsSection';
import type { ImportWizard } from './useImportWizard';

/** A short header row may name fewer columns than the data fills: offer those too, up to a limit. */
const MAX_COLUMNS = 50;

function columnsOf(preview: ImportPreview): string[] {
  let width = preview.columns.length;
  for (const row of preview.preview) {
    for (let c = Math.min(row.length, MAX_COLUMNS) - 1; c >= width; c--) {
      if (row[c]?.trim()) {
        width = c + 1;
        break;
      }
    }
  }
  return Array.from({ length: width }, (_, c) => preview.columns[c] ?? '');
}

interface PreviewStepProps {
  wizard: ImportWizard;
  preview: ImportPreview;
  meetingId: string | null;
  onMeetingChange: (meetingId: string | null) => void;
}

/** Step 2: how the file was read, what it holds, and the operator's decisions. */
export function PreviewStep({ wizard, preview, meetingId, onMeetingChange }: PreviewStepProps) {
  const { t } = useTranslation();
  const groups = useGroups();
  const { reading, choices } = wizard;
  const counts = useMemo(() => countActions(preview.rows, choices), [preview.rows, choices]);
  const block = useMemo(
    () => commitBlock(preview.rows, choices, meetingId !== null),
    [preview.rows, choices, meetingId],
  );
  const columns = useMemo(() => columnsOf(preview), [preview]);
  const busy = reading || wizard.committing;
  const change = wizard.change;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        {/* The step's heading: where the focus goes once the chosen file has been read. */}
        <ArrivalHeading order={3} size="h5" fw={500} data-testid="import-file-name">
          {t('import.file.chosen', { name: wizard.fileName ?? '' })}
        </ArrivalHeading>
        <Group gap="sm">
          {reading && (
            <>
              <Group gap="xs" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('import.file.rereading')}</Text>
              </Group>
              <Button variant="default" size="xs" onClick={wizard.cancelReading}>
                {t('import.file.cancelReading')}
              </Button>
            </>
          )}
          <Button variant="default" onClick={wizard.reset} disabled={wizard.committing}>
            {t('import.file.chooseAnother')}
          </Button>
        </Group>
      </Group>
      {wizard.readError && !reading && (
        <Alert color="red" role="alert" title={t('errors.title')} data-testid="import-error">
          {errorSentence(wizard.readError)}
        </Alert>
      )}
      {wizard.headerFallback && (
        <Alert color="yellow" role="status">
          {t('import.mapping.fallback')}
        </Alert>
      )}
      <ReadingOptions preview={preview} onChange={(c) => void change(c)} disabled={busy} />
      <ColumnMapping
        // A new reading starts from what the file says, dropping any unfinished draft.
        key={`${preview.headerRow}:${JSON.stringify(preview.mapping)}`}
        columns={columns}
        mapping={preview.mapping}
        onChange={(c) => void change(c)}
        disabled={busy}
      />
      <FileNotes preview={preview} />
      <RowsSection
        rows={preview.rows}
        choices={choices}
        setChoices={wizard.setChoices}
        rowIssues={wizard.rowIssues}
        groups={groups}
      />
      <Paper withBorder p="md">
        <InviteMeetingSelect value={meetingId} onChange={onMeetingChange} disabled={busy} />
      </Paper>
      <CommitBar
        counts={counts}
        block={block}
        inviting={meetingId !== null}
        committing={wizard.committing}
        disabled={reading}
        commitError={wizard.commitError}
        rowIssues={wizard.rowIssues}
        onCommit={() => void wizard.commit(meetingId)}
      />
    </Stack>
  );
}
