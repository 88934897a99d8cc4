import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { AddGroupForm } from './AddGroupForm';
import { GroupsTable } from './GroupsTable';
import { PresetPicker } from './PresetPicker';
import { RulesEditor } from './RulesEditor';

/**
 * `#/directory/groups`: the protocol groups in order (every list follows it) and the rules that
 * suggest a group and rank from a position when a roster is imported.
 */
export function GroupsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('groups.title'));
  const rules = useApiQuery('rules.list', {});

  return (
    <Stack gap="lg">
      <ScreenHeader title={t('groups.title')}>
        <Button component={Link} to="/directory" variant="default">
          {t('groups.backToDirectory')}
        </Button>
      </ScreenHeader>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('groups.listTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('groups.listHelp')}
          </Text>
          <GroupsTable onGroupDeleted={rules.reload} />
          <AddGroupForm />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <PresetPicker onApplied={rules.reload} />
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('groups.rules.title')}
          </Title>
          <Text size="sm">{t('groups.rules.help1')}</Text>
          <Text size="sm">{t('groups.rules.help2')}</Text>
          {rules.error && !rules.data && <QueryError error={rules.error} onRetry={rules.reload} />}
          {rules.data && <RulesEditor rules={rules.data} onSaved={rules.reload} />}
        </Stack>
      </Paper>
    </Stack>
  );
}
