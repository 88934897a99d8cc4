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
  /** Height covered at the top of the viewport (app header, sticky search box), in pixels. */
  topInset: () => number;
  onChoose: (invitee: Invitee, status: AttendanceStatus) => void;
  onHistory: (invitee: Invitee) => void;
}

/** The matching invitees in protocol order, under their group headings. */
export function CheckInList({
  invitees,
  highlightedId,
  locked,
  topInset,
  onChoose,
  onHistory,
}: CheckInListProps) {
  const { t } = useTranslation();
  const rows = useRef(new Map<string, HTMLDivElement>());

  // Arrow keys move the highlight beyond the visible part of a long list.
  // The scroll margin keeps the row from stopping behind the sticky search box.
  useEffect(() => {
    const row = highlightedId ? rows.current.get(highlightedId) : undefined;
    if (!row) return;
    row.style.scrollMarginTop = `${topInset() + 8}px`;
    row.scrollIntoView({ block: 'nearest' });
  }, [highlightedId, topInset]);

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
