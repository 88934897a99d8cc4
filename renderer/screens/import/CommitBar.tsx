import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/api/errors';
import { errorSentence } from '../../errors/translateError';
import type { ActionCounts, RowIssue } from './importRows';

interface CommitBarProps {
  counts: ActionCounts;
  inviting: boolean;
  committing: boolean;
  disabled: boolean;
  commitError: AppError | null;
  rowIssues: ReadonlyMap<number, RowIssue[]>;
  onCommit: () => void;
}

/** Stays in view at the bottom: what will happen, what went wrong, and the one button. */
export function CommitBar(props: CommitBarProps) {
  const { counts, inviting, committing, disabled, commitError, rowIssues, onCommit } = props;
  const { t } = useTranslation();
  const rows = counts.add + counts.update + counts.skip;
  const lines = [...rowIssues.keys()].sort((a, b) => a - b);

  return (
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 5 }}
      data-testid="import-commit-bar"
    >
      <Stack gap="xs">
        {commitError && (
          <Alert
            color="red"
            role="alert"
            title={t('errors.title')}
            data-testid="import-commit-error"
          >
            {lines.length > 0
              ? t('import.rowErrors', { count: lines.length, lines: lines.join(', ') })
              : errorSentence(commitError)}
          </Alert>
        )}
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={500} data-testid="import-summary">
              {rows === 0
                ? t('import.nothingToCommit')
                : t('import.summary', {
                    add: counts.add,
                    update: counts.update,
                    skip: counts.skip,
                  })}
            </Text>
            {counts.missing > 0 && (
              <Text size="sm" c="dimmed">
                {t('import.summaryMissing', { count: counts.missing })}
              </Text>
            )}
          </div>
          <Button
            size="md"
            onClick={onCommit}
            loading={committing}
            disabled={disabled || rows === 0}
          >
            {t(inviting ? 'import.commitAndInvite' : 'import.commit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
