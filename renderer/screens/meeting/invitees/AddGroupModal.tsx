import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../../api/useApiAction';
import { foldedOptionsFilter } from '../../../components/foldedOptionsFilter';
import { useGroups } from '../../../stores/referenceStore';

interface AddGroupModalProps {
  opened: boolean;
  onClose: () => void;
  meetingId: string;
}

/** Invites a whole protocol group ("Ủy viên Ban Thường vụ Tỉnh ủy") in one step. */
export function AddGroupModal({ opened, onClose, meetingId }: AddGroupModalProps) {
  const { t } = useTranslation();
  const groups = useGroups();
  const [groupId, setGroupId] = useState<string | null>(null);
  const { run, busy } = useApiAction();

  useEffect(() => {
    if (opened) setGroupId(null);
  }, [opened]);

  const submit = async () => {
    if (groupId === null) return;
    const result = await run('invitees.addGroup', { meetingId, groupId }, (out) =>
      t('invitees.addedSummary', { added: out.added, already: out.alreadyInvited }),
    );
    if (result) onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('invitees.groupTitle')}>
      <Stack>
        <Select
          label={t('invitees.group')}
          description={t('invitees.groupHelp')}
          data={groups.map((g) => ({ value: g.id, label: g.name }))}
          value={groupId}
          onChange={setGroupId}
          searchable
          filter={foldedOptionsFilter}
          nothingFoundMessage={t('invitees.noResults')}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} disabled={groupId === null} loading={busy}>
            {t('invitees.addWholeGroup')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
