import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../shared/api/schemas';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { useGroups } from '../../stores/referenceStore';
import { directoryView, needsEveryoneCount } from './directoryView';
import { EmptyDirectory } from './EmptyDirectory';
import { ExportButtons } from './ExportButtons';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';
import { usePeopleSearch } from './usePeopleSearch';

/** Person being edited, 'new' for the add form, null when the form is closed. */
type Editing = Person | 'new' | null;

export function DirectoryScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('directory.title'));
  const groups = useGroups();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [includeRetired, setIncludeRetired] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const people = usePeopleSearch({ query, groupId, includeRetired });
  const filters = { total: people.total, query, groupId, includeRetired };
  const everyone = useApiQuery(
    'people.search',
    needsEveryoneCount(filters) ? { query: '', includeRetired: true, limit: 1 } : null,
    { 'directory.changed': true },
  );
  const view = directoryView({ ...filters, everyone: everyone.data?.total ?? null });
  // An empty directory offers import and add in its own panel; the same buttons up here
  // would be a second copy of each.
  const empty = view === 'empty';

  return (
    <Stack gap="md">
      <ScreenHeader title={t('directory.title')}>
        <Button component={Link} to="/directory/groups" variant="default">
          {t('directory.groups')}
        </Button>
        {!empty && (
          <>
            <ExportButtons includeRetired={includeRetired} />
            <Button component={Link} to="/directory/import" variant="light">
              {t('directory.importFile')}
            </Button>
            <Button size="md" onClick={() => setEditing('new')}>
              {t('directory.add')}
            </Button>
          </>
        )}
      </ScreenHeader>
      {!empty && (
        <Group align="flex-end" gap="md">
          <TextInput
            flex={1}
            miw={280}
            label={t('directory.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            data-autofocus
            autoFocus
          />
          <Select
            w={280}
            label={t('directory.groupFilter')}
            placeholder={t('directory.allGroups')}
            clearable
            data={groups.map((g) => ({ value: g.id, label: g.name }))}
            value={groupId}
            onChange={setGroupId}
          />
          <Switch
            mb={8}
            label={t('directory.includeRetired')}
            checked={includeRetired}
            onChange={(e) => setIncludeRetired(e.currentTarget.checked)}
          />
        </Group>
      )}
      {people.error && <QueryError error={people.error} onRetry={people.refresh} />}
      {view === 'list' && (
        <Text c="dimmed" data-testid="directory-total">
          {t('directory.total', { count: people.total ?? 0 })}
        </Text>
      )}
      {view === 'noMatch' && (
        <Text c="dimmed" data-testid="directory-no-match">
          {t('directory.noMatch')}
        </Text>
      )}
      {view === 'onlyRetired' && (
        <Text c="dimmed" data-testid="directory-only-retired">
          {t('directory.onlyRetired')}
        </Text>
      )}
      {empty && <EmptyDirectory onAdd={() => setEditing('new')} />}
      <PeopleTable
        people={people.items}
        groups={groups}
        onEdit={setEditing}
        onChanged={people.refresh}
      />
      {people.total !== null && people.items.length < people.total && (
        <Group>
          <Button variant="light" onClick={people.loadMore} loading={people.loading}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
      <PersonFormModal
        person={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={people.refresh}
      />
    </Stack>
  );
}
