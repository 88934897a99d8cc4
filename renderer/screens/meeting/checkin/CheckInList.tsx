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
  // One ref callback per invitee, kept across renders: a new function on every render would make
  // every (memoised) row render again.
  const refs = useRef(new Map<string, (el: HTMLDivElement | null) => void>());
  const refFor = (id: string) => {
    let ref = refs.current.get(id);
    if (!ref) {
      ref = (el) => {
        if (el) rows.current.set(id, el);
        else rows.current.delete(id);
      };
      refs.current.set(id, ref);
    }
    return ref;
  };

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
              ref={refFor(inv.id)}
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
