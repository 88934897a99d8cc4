import { Alert, Button, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorSentence } from '../../errors/translateError';
import { RetryReading } from './RetryReading';
import type { ImportWizard } from './useImportWizard';

const ACCEPT = '.xlsx,.csv,.txt';
// A test id on the hidden <input type=file>, so tests can hand it a file.
const INPUT_PROPS = { 'data-testid': 'import-file' } as ComponentPropsWithoutRef<'input'>;

/** Step 1: choose the file; reading it starts at once. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const resetRef = useRef<() => void>(null);
  const [picked, setPicked] = useState<string | null>(null);

  const pick = (file: File | null) => {
    setPicked(file?.name ?? null);
    void wizard.chooseFile(file);
    // The same file can be chosen again after it was fixed in Excel.
    resetRef.current?.();
  };

  return (
    <Stack gap="md" maw={720}>
      <FileInput
        size="md"
        label={t('import.file.label')}
        description={t('import.file.description')}
        placeholder={t('import.file.placeholder')}
        accept={ACCEPT}
        value={null}
        onChange={pick}
        resetRef={resetRef}
        fileInputProps={INPUT_PROPS}
        disabled={wizard.reading}
        autoFocus
      />
      {wizard.reading && (
        <Group gap="sm">
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>
              {t('import.file.reading')} {picked}
            </Text>
          </Group>
          <Button variant="default" size="xs" onClick={wizard.cancelReading}>
            {t('import.file.cancelReading')}
          </Button>
        </Group>
      )}
      {wizard.readError && !wizard.reading && (
        <Alert color="red" role="alert" title={t('errors.title')} data-testid="import-error">
          {picked && (
            <Text size="sm" fw={500}>
              {t('import.file.chosen', { name: picked })}
            </Text>
          )}
          <Text>{errorSentence(wizard.readError)}</Text>
        </Alert>
      )}
      {wizard.readError && !wizard.reading && (
        <RetryReading error={wizard.readError} onChange={(c) => void wizard.change(c)} />
      )}
    </Stack>
  );
}
