import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DisabledReason } from '../../../components/DisabledReason';
import { useMeetingContext } from '../meetingContext';
import { AddFromDirectoryModal } from './AddFromDirectoryModal';
import { AddGroupModal } from './AddGroupModal';
import { InviteesTable } from './InviteesTable';
import { WalkInModal } from './WalkInModal';

type OpenModal = 'directory' | 'group' | 'walkIn' | null;

/**
 * The invitation list in protocol order, and the ways to add to it. Nothing here reloads
 * the list: every change to it sends the core's attendance.changed event, which the meeting store
 * follows (one fetch per change, whichever window made it).
 *
 * Once the meeting is finalized the core refuses every change to the list, so each action stays
 * in place looking disabled and says why (DisabledReason), instead of vanishing or doing nothing.
 */
export function InviteesPanel() {
  const { t } = useTranslation();
  const { meeting, invitees, locked } = useMeetingContext();
  const [modal, setModal] = useState<OpenModal>(null);
  const close = () => setModal(null);
  const lockedReason = locked ? t('invitees.lockedReason') : null;
  // Finalized from another window while a form was open: the form could only be refused now.
  const shown = locked ? null : modal;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm">
          <DisabledReason reason={lockedReason}>
            <Button onClick={() => setModal('directory')}>{t('invitees.addFromDirectory')}</Button>
          </DisabledReason>
          <DisabledReason reason={lockedReason}>
            <Button variant="light" onClick={() => setModal('group')}>
              {t('invitees.addGroup')}
            </Button>
          </DisabledReason>
          <DisabledReason reason={lockedReason}>
            <Button variant="light" onClick={() => setModal('walkIn')}>
              {t('invitees.addWalkIn')}
            </Button>
          </DisabledReason>
          <DisabledReason reason={lockedReason}>
            <Button
              variant="light"
              component={Link}
              to={`/directory/import?meeting=${encodeURIComponent(meeting.id)}`}
            >
              {t('invitees.importAndInvite')}
            </Button>
          </DisabledReason>
        </Group>
        <Text c="dimmed" data-testid="invitee-count">
          {t('invitees.count', { count: invitees.length })}
        </Text>
      </Group>
      <InviteesTable invitees={invitees} lockedReason={lockedReason} />
      <AddFromDirectoryModal
        opened={shown === 'directory'}
        onClose={close}
        meetingId={meeting.id}
        invitees={invitees}
      />
      <AddGroupModal opened={shown === 'group'} onClose={close} meetingId={meeting.id} />
      <WalkInModal opened={shown === 'walkIn'} onClose={close} meetingId={meeting.id} />
    </Stack>
  );
}
