import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../../shared/api/directorySchemas';
import { ArrivalHeading } from '../../components/ArrivalHeading';

interface ResultStepProps {
  result: ImportResult;
  meetingId: string | null;
  onAgain: () => void;
}

function Stat({ label, value, id }: { label: string; value: number; id: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={`import-result-${id}`}>
        {value}
      </Text>
    </Paper>
  );
}

/** The report of a finished import, and where to go next. */
export function ResultStep({ result, meetingId, onAgain }: ResultStepProps) {
  const { t } = useTranslation();
  const numbers = {
    added: result.added,
    updated: result.updated,
    skipped: result.skipped,
    invited: result.invited,
  };
  return (
    <Stack gap="md" maw={900}>
      <Alert
        color="green"
        role="status"
        // The step's heading: where the focus goes once the import is done.
        title={
          <ArrivalHeading order={3} size="h5">
            {t('import.result.title')}
          </ArrivalHeading>
        }
      >
        <Text data-testid="import-result">
          {t(meetingId ? 'import.result.summaryInvited' : 'import.result.summary', numbers)}
        </Text>
        {meetingId && result.alreadyInvited > 0 && (
          <Text size="sm">
            {t('import.result.alreadyInvited', { count: result.alreadyInvited })}
          </Text>
        )}
      </Alert>
      <SimpleGrid cols={meetingId ? 4 : 3}>
        <Stat id="added" label={t('import.result.added')} value={result.added} />
        <Stat id="updated" label={t('import.result.updated')} value={result.updated} />
        <Stat id="skipped" label={t('import.result.skipped')} value={result.skipped} />
        {meetingId && (
          <Stat id="invited" label={t('import.result.invited')} value={result.invited} />
        )}
      </SimpleGrid>
      <Group>
        {meetingId && (
          <Button component={Link} to={`/meetings/${meetingId}`} size="md">
            {t('import.result.toMeeting')}
          </Button>
        )}
        <Button
          component={Link}
          to="/directory"
          size="md"
          variant={meetingId ? 'default' : 'filled'}
        >
          {t('import.result.toDirectory')}
        </Button>
        <Button variant="subtle" size="md" onClick={onAgain}>
          {t('import.result.again')}
        </Button>
      </Group>
    </Stack>
  );
}
