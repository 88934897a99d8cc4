import { Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Invitee } from '../../../../shared/api/schemas';
import { inviteeSections } from '../inviteeSections';
import { CheckInRow } from './CheckInRow';

interface CheckInListProps {
  invitees: Invitee[];
  highlightedId: string | null;
  locked: boolean;
  onChoose: (invitee: Invitee, status: AttendanceStatus) => void;
  onHistory: (invitee: Invitee) => void;
}

/** The matching invitees in protocol order, under their group headings. */
export function CheckInList({
  invitees,
  highlightedId,
  locked,
  onChoose,
  onHistory,
}: CheckInListProps) {
  const { t } = useTranslation();
  const rows = useRef(new Map<string, HTMLDivElement>());

  // Arrow keys move the highlight beyond the visible part of a long list.
  useEffect(() => {
    if (highlightedId) rows.current.get(highlightedId)?.scrollIntoView({ block: 'nearest' });
  }, [highlightedId]);

  return (
    <Stack gap="lg" id="checkin-list">
      {inviteeSections(invitees).map((section, s) => (
        <Stack gap="xs" key={`${section.groupId ?? 'none'}-${s}`}>
          <Title order={3} size="h5" c="dimmed">
            {section.groupName ?? t('invitees.ungrouped')}
          </Title>
          {section.invitees.map((inv) => (
            <CheckInRow
              key={inv.id}
              ref={(el) => {
                if (el) rows.current.set(inv.id, el);
                else rows.current.delete(inv.id);
              }}
              invitee={inv}
              highlighted={inv.id === highlightedId}
              locked={locked}
              onChoose={onChoose}
              onHistory={onHistory}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
