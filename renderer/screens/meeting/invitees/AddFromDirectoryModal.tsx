import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import { useApiAction } from '../../../api/useApiAction';
import { useApiQuery } from '../../../api/useApiQuery';
import { personLabel } from '../../../components/PersonSelect';

interface AddFromDirectoryModalProps {
  opened: boolean;
  onClose: () => void;
  meetingId: string;
  invitees: Invitee[];
}

const PAGE = 50;

/** Pick several people from the directory (accent-insensitive search in the core) at once. */
export function AddFromDirectoryModal(props: AddFromDirectoryModalProps) {
  const { opened, onClose, meetingId, invitees } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  // Kept across searches, so the operator can search for one name after another.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Names of the people ticked, so a refusal can say who ("… đã thôi công tác").
  const names = useRef(new Map<string, string>());
  const { run, busy } = useApiAction();
  const { data, loading } = useApiQuery('people.search', opened ? { query, limit: PAGE } : null);
  const invited = useMemo(
    () => new Set(invitees.map((i) => i.personId).filter((id): id is string => id !== null)),
    [invitees],
  );

  useEffect(() => {
    if (opened) {
      setSearch('');
      setSelected(new Set());
    }
  }, [opened]);

  const toggle = (id: string, name: string, on: boolean) => {
    names.current.set(id, name);
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const submit = async () => {
    const result = await run(
      'invitees.addPeople',
      { meetingId, personIds: [...selected] },
      (out) => t('invitees.addedSummary', { added: out.added, already: out.alreadyInvited }),
      { personName: (id) => names.current.get(id) },
    );
    if (result) onClose();
  };

  const items = data?.items ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title={t('invitees.directoryTitle')} size="lg">
      <Stack>
        <TextInput
          label={t('invitees.directorySearch')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
        />
        <ScrollArea h={360} type="auto">
          <Stack gap="xs" pr="sm">
            {items.length === 0 && !loading && <Text c="dimmed">{t('invitees.noResults')}</Text>}
            {items.map((p) => {
              const already = invited.has(p.id);
              return (
                <Checkbox
                  key={p.id}
                  size="md"
                  label={personLabel(p)}
                  description={[p.unit, already ? t('invitees.alreadyIn') : '']
                    .filter(Boolean)
                    .join(' · ')}
                  checked={already || selected.has(p.id)}
                  disabled={already}
                  onChange={(e) => toggle(p.id, p.fullName, e.currentTarget.checked)}
                />
              );
            })}
          </Stack>
        </ScrollArea>
        {data && data.total > items.length && (
          <Text size="sm" c="dimmed">
            {t('invitees.moreResults', { shown: items.length, total: data.total })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} disabled={selected.size === 0} loading={busy}>
            {t('invitees.addSelected', { count: selected.size })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
