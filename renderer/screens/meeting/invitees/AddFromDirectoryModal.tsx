import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee, Person } from '../../../../shared/api/schemas';
import { api } from '../../../api/bridge';
import { useApiAction } from '../../../api/useApiAction';
import { DisabledReason } from '../../../components/DisabledReason';
import { foldedOptionsFilter } from '../../../components/foldedOptionsFilter';
import { QueryError } from '../../../components/QueryError';
import { notifyError } from '../../../errors/notify';
import { useGroups } from '../../../stores/referenceStore';
import { PeopleListbox } from './PeopleListbox';
import { MAX_ADD_AT_ONCE, collectAll } from './pickerSelection';
import { useDirectoryPages } from './useDirectoryPages';
import { usePickerSelection } from './usePickerSelection';

interface AddFromDirectoryModalProps {
  opened: boolean;
  onClose: () => void;
  meetingId: string;
  invitees: Invitee[];
}

/**
 * Picks many people from the directory at once: filter by words (accent-insensitive, in the
 * core) and by protocol group, then select all that match, a range (Shift+click, Shift+arrows)
 * or one by one, across searches. People already on the list are shown but never selected.
 */
export function AddFromDirectoryModal(props: AddFromDirectoryModalProps) {
  const { opened, onClose, meetingId, invitees } = props;
  const { t, i18n } = useTranslation();
  const groups = useGroups();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const [groupId, setGroupId] = useState<string | null>(null);
  // Kept across searches, so the operator can search for one name after another.
  const picked = usePickerSelection(invitees);
  const { selection, chosen, isInvited, isSelected, clear } = picked;
  const [active, setActive] = useState(-1);
  const [notice, setNotice] = useState<string | null>(null);
  const [selectingAll, setSelectingAll] = useState(false);
  // Names of the people selected, so a refusal can say who ("… đã thôi công tác").
  const names = useRef(new Map<string, string>());
  const { run, busy } = useApiAction();

  const filter = useMemo(() => ({ query: query.trim(), groupId }), [query, groupId]);
  const pages = useDirectoryPages(opened ? filter : null);
  const { items, total } = pages;

  useEffect(() => {
    if (opened) {
      setSearch('');
      setGroupId(null);
      clear();
      setNotice(null);
      names.current.clear();
    }
  }, [opened, clear]);
  // A new filter shows other rows: the keyboard starts again from the top.
  useEffect(() => setActive(-1), [filter]);

  const remember = (people: readonly Person[]) => {
    for (const p of people) names.current.set(p.id, p.fullName);
  };
  useEffect(() => remember(items), [items]);
  const onToggle = (id: string) => {
    setNotice(null);
    picked.toggle(id);
  };
  const onExtend = (id: string) => {
    setNotice(null);
    picked.extend(
      items.map((p) => p.id),
      id,
    );
  };

  const formatCount = (n: number) => n.toLocaleString(i18n.language);

  /** Every match of the filter: what is loaded when that is all, else read page by page. */
  const readAllMatches = async (): Promise<Person[]> => {
    if (total !== null && items.length >= total) return items;
    // Stop reading once there are more new people than the selection has room for.
    const room = MAX_ADD_AT_ONCE - selection.size;
    const isNew = (p: Person) => !isInvited(p.id) && !selection.has(p.id);
    const all = await collectAll(
      (offset, limit) => api.invoke('people.search', { ...filter, limit, offset }),
      { enough: (got) => got.filter(isNew).length > room },
    );
    return all.items;
  };

  const selectAllMatching = async () => {
    if (selectingAll || total === null) return;
    setSelectingAll(true);
    try {
      const matches = await readAllMatches();
      remember(matches);
      const ids = matches.map((p) => p.id);
      const result = picked.selectAll(ids);
      setNotice(
        [
          t('invitees.picker.selectedMore', { n: formatCount(result.added) }),
          result.alreadyInvited > 0 &&
            t('invitees.picker.skippedInvited', { n: formatCount(result.alreadyInvited) }),
          result.leftOut > 0 && t('invitees.picker.capped', { max: formatCount(MAX_ADD_AT_ONCE) }),
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (err) {
      notifyError(err);
    } finally {
      setSelectingAll(false);
    }
  };

  const submit = async () => {
    const result = await run(
      'invitees.addPeople',
      { meetingId, personIds: chosen },
      (out) => t('invitees.addedSummary', { added: out.added, already: out.alreadyInvited }),
      { personName: (id) => names.current.get(id) },
    );
    if (result) onClose();
  };

  const groupName = groups.find((g) => g.id === groupId)?.name;
  const selectAllLabel =
    total === null
      ? t('invitees.picker.selectAll', { n: '…' })
      : groupName && filter.query === ''
        ? t('invitees.picker.selectGroup', { n: formatCount(total) })
        : filter.query === ''
          ? t('invitees.picker.selectAll', { n: formatCount(total) })
          : t('invitees.picker.selectMatching', { n: formatCount(total) });
  const submitBlocked =
    chosen.length === 0
      ? t('invitees.picker.noneSelected')
      : chosen.length > MAX_ADD_AT_ONCE
        ? t('invitees.picker.tooMany', { max: formatCount(MAX_ADD_AT_ONCE) })
        : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('invitees.directoryTitle')}
      size="xl"
      yOffset="3dvh"
    >
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('invitees.directorySearch')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            data-autofocus
          />
          <Select
            label={t('invitees.group')}
            placeholder={t('invitees.picker.allGroups')}
            data={groups.map((g) => ({ value: g.id, label: g.name }))}
            value={groupId}
            onChange={setGroupId}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('invitees.picker.clearGroup') }}
            filter={foldedOptionsFilter}
            nothingFoundMessage={t('invitees.noResults')}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="picker-total">
            {total === null
              ? t('common.loading')
              : t('invitees.picker.matches', { n: formatCount(total) })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="light"
              size="compact-md"
              onClick={() => void selectAllMatching()}
              loading={selectingAll}
              disabled={!total}
            >
              {selectAllLabel}
            </Button>
            <Button
              variant="subtle"
              size="compact-md"
              onClick={() => {
                clear();
                setNotice(null);
              }}
              disabled={selection.size === 0}
            >
              {t('invitees.picker.clear')}
            </Button>
          </Group>
        </Group>
        {pages.error ? (
          <QueryError error={pages.error} onRetry={pages.reload} />
        ) : total === 0 ? (
          <Text c="dimmed">{t('invitees.noResults')}</Text>
        ) : (
          <PeopleListbox
            label={t('invitees.picker.listLabel')}
            items={items}
            total={total ?? 0}
            loading={pages.loading}
            loadMore={pages.loadMore}
            isInvited={isInvited}
            isSelected={isSelected}
            active={active}
            onActive={setActive}
            onToggle={onToggle}
            onExtend={onExtend}
            onSelectAll={() => void selectAllMatching()}
            height="calc(100dvh - 350px)"
          />
        )}
        <Text size="xs" c="dimmed">
          {t('invitees.picker.keysHelp')}
        </Text>
        {notice && (
          <Text size="sm" role="status" data-testid="picker-notice">
            {notice}
          </Text>
        )}
        <Group justify="space-between">
          <Text fw={600} aria-live="polite" data-testid="picker-selected">
            {t('invitees.picker.selectedCount', { n: formatCount(chosen.length) })}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <DisabledReason reason={submitBlocked}>
              <Button onClick={() => void submit()} loading={busy}>
                {t('invitees.addSelected', { n: formatCount(chosen.length) })}
              </Button>
            </DisabledReason>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
