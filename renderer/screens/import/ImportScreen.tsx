import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Button, Stack, Stepper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FileStep } from './FileStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { useImportWizard } from './useImportWizard';

/**
 * `#/directory/import[?meeting=<id>]`: a roster file into the directory in three steps — choose
 * the file, check how it was read and decide duplicates, see the report. From a meeting's page
 * the meeting is preselected for inviting everyone on the list.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.title'));
  const [params] = useSearchParams();
  const [meetingId, setMeetingId] = useState<string | null>(params.get('meeting'));
  // Opened from a meeting: the roster's "Ghi chú" is read as remarks about that meeting.
  const wizard = useImportWizard(params.get('meeting') !== null);
  const step = wizard.result ? 2 : wizard.preview ? 1 : 0;

  return (
    <Stack gap="md">
      <ScreenHeader title={t('import.title')}>
        <Button component={Link} to="/directory" variant="default">
          {t('import.backToDirectory')}
        </Button>
      </ScreenHeader>
      <Stepper active={step === 2 ? 3 : step} size="sm" iconSize={32}>
        <Stepper.Step label={t('import.steps.file')} />
        <Stepper.Step label={t('import.steps.check')} />
        <Stepper.Step label={t('import.steps.done')} />
      </Stepper>
      {step === 0 && <FileStep wizard={wizard} />}
      {step === 1 && wizard.preview && (
        <PreviewStep
          wizard={wizard}
          preview={wizard.preview}
          meetingId={meetingId}
          onMeetingChange={setMeetingId}
        />
      )}
      {step === 2 && wizard.result && (
        <ResultStep result={wizard.result} meetingId={meetingId} onAgain={wizard.reset} />
      )}
    </Stack>
  );
}
