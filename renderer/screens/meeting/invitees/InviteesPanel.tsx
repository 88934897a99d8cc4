import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetingContext } from '../meetingContext';
import { AddFromDirectoryModal } from './AddFromDirectoryModal';
import { AddGroupModal } from './AddGroupModal';
import { InviteesTable } from './InviteesTable';
import { WalkInModal } from './WalkInModal';

type OpenModal = 'directory' | 'group' | 'walkIn' | null;

/**
 * The invitation list in protocol order, and the three ways to add to it. Nothing here reloads
 * the list: every change to it sends the core's attendance.changed event, which the meeting store
 * follows (one fetch per change, whichever window made it).
 */
export function InviteesPanel() {
  const { t } = useTranslation();
  const { meeting, invitees, locked } = useMeetingContext();
  const [modal, setModal] = useState<OpenModal>(null);
  const close = () => setModal(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm">
          <Button onClick={() => setModal('directory')} disabled={locked}>
            {t('invitees.addFromDirectory')}
          </Button>
          <Button variant="light" onClick={() => setModal('group')} disabled={locked}>
            {t('invitees.addGroup')}
          </Button>
          <Button variant="light" onClick={() => setModal('walkIn')} disabled={locked}>
            {t('invitees.addWalkIn')}
          </Button>
          <Button
            variant="light"
            component={Link}
            to={`/directory/import?meeting=${encodeURIComponent(meeting.id)}`}
            disabled={locked}
            onClick={(e) => locked && e.preventDefault()}
          >
            {t('invitees.importAndInvite')}
          </Button>
        </Group>
        <Text c="dimmed" data-testid="invitee-count">
          {t('invitees.count', { count: invitees.length })}
        </Text>
      </Group>
      <InviteesTable invitees={invitees} locked={locked} />
      <AddFromDirectoryModal
        opened={modal === 'directory'}
        onClose={close}
        meetingId={meeting.id}
        invitees={invitees}
      />
      <AddGroupModal opened={modal === 'group'} onClose={close} meetingId={meeting.id} />
      <WalkInModal opened={modal === 'walkIn'} onClose={close} meetingId={meeting.id} />
    </Stack>
  );
}
