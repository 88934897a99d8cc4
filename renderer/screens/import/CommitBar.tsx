import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/api/errors';
import { errorSentence } from '../../errors/translateError';
import type { ActionCounts, CommitBlock, RowIssue } from './importRows';

interface CommitBarProps {
  counts: ActionCounts;
  /** Why committing would change nothing; null when it would. */
  block: CommitBlock | null;
  inviting: boolean;
  committing: boolean;
  disabled: boolean;
  commitError: AppError | null;
  rowIssues: ReadonlyMap<number, RowIssue[]>;
  onCommit: () => void;
}

const BLOCK_ID = 'import-commit-blocked';

/** Stays in view at the bottom: what will happen, what went wrong, and the one button. */
export function CommitBar(props: CommitBarProps) {
  const { counts, block, inviting, committing, disabled, commitError, rowIssues, onCommit } = props;
  const { t } = useTranslation();
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
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text fw={500} data-testid="import-summary">
              {block === 'nothing'
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
            {/* A disabled button says nothing by itself: the reason stays in view beside it. */}
            {block === 'allSkipped' && (
              <Text size="sm" id={BLOCK_ID} data-testid="import-commit-blocked">
                {t('import.allSkipped')}
              </Text>
            )}
          </div>
          <Button
            size="md"
            onClick={onCommit}
            loading={committing}
            disabled={disabled || block !== null}
            aria-describedby={block === 'allSkipped' ? BLOCK_ID : undefined}
            // The sentences beside it wrap; the button keeps its whole label.
            style={{ flexShrink: 0 }}
          >
            {t(inviting ? 'import.commitAndInvite' : 'import.commit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
