import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee } from '../../../../shared/api/schemas';
import { runAction } from '../../../api/runAction';
import { DisabledReason } from '../../../components/DisabledReason';
import { AttendanceBadge } from '../../../components/StatusBadges';
import { openConfirm } from '../../../components/openConfirm';
import { useWideLayout } from '../../../components/useWideLayout';
import { inviteeSections } from '../inviteeSections';
import { RemarkCell } from './RemarkCell';

interface InviteesTableProps {
  invitees: Invitee[];
  /** Why the list cannot change (the meeting is finalized); null when it can. */
  lockedReason: string | null;
}

/**
 * The invitees in protocol order under their groups. Narrow (200% zoom), seven columns cannot
 * fit: the post and unit go under the name, the remark under the status, in four columns.
 */
export function InviteesTable({ invitees, lockedReason }: InviteesTableProps) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  if (invitees.length === 0) return <Text c="dimmed">{t('invitees.empty')}</Text>;

  const confirmRemove = (inv: Invitee) =>
    openConfirm({
      title: t('invitees.removeTitle'),
      children: <Text>{t('invitees.removeBody', { name: inv.fullName })}</Text>,
      labels: { confirm: t('invitees.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void runAction(
          'invitees.remove',
          { inviteeId: inv.id },
          { success: t('invitees.removed', { name: inv.fullName }) },
        ),
    });

  let order = 0;
  return (
    <Table verticalSpacing="xs" fz="md" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>{t('invitees.columns.order')}</Table.Th>
          {/* Names are read first: they keep one line while position and unit wrap. */}
          <Table.Th miw={wide ? 180 : undefined}>{t('invitees.columns.name')}</Table.Th>
          {wide && <Table.Th>{t('invitees.columns.position')}</Table.Th>}
          {wide && <Table.Th>{t('invitees.columns.unit')}</Table.Th>}
          {/* The badge is read at a glance: never cut to "Vắng không…". */}
          <Table.Th miw={170}>{t('invitees.columns.status')}</Table.Th>
          {wide && <Table.Th miw={160}>{t('invitees.columns.remark')}</Table.Th>}
          <Table.Th>{t('invitees.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {inviteeSections(invitees).map((section, s) => (
          <Fragment key={`${section.groupId ?? 'none'}-${s}`}>
            <Table.Tr bg="var(--mantine-color-gray-1)">
              <Table.Th colSpan={wide ? 7 : 4} scope="colgroup">
                {section.groupName ?? t('invitees.ungrouped')} ({section.invitees.length})
              </Table.Th>
            </Table.Tr>
            {section.invitees.map((inv) => (
              <Table.Tr key={inv.id} data-testid={`invitee-row-${inv.id}`}>
                <Table.Td>{++order}</Table.Td>
                <Table.Td>
                  <Text fw={600} span>
                    {inv.fullName}
                  </Text>{' '}
                  {inv.walkIn && (
                    <Badge size="sm" variant="outline" tt="none">
                      {t('invitees.walkInBadge')}
                    </Badge>
                  )}
                  {!wide && (
                    <Text size="sm" c="dimmed">
                      {[inv.position, inv.unit].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
                {wide && <Table.Td>{inv.position}</Table.Td>}
                {wide && <Table.Td>{inv.unit}</Table.Td>}
                {wide ? (
                  <>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <AttendanceBadge status={inv.status} />
                    </Table.Td>
                    <Table.Td>
                      <RemarkCell invitee={inv} lockedReason={lockedReason} />
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <AttendanceBadge status={inv.status} />
                      <RemarkCell invitee={inv} lockedReason={lockedReason} />
                    </Stack>
                  </Table.Td>
                )}
                <Table.Td>
                  <DisabledReason reason={lockedReason}>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => confirmRemove(inv)}
                      aria-label={t('common.actionFor', {
                        action: t('invitees.remove'),
                        name: inv.fullName,
                      })}
                    >
                      {t('invitees.remove')}
                    </Button>
                  </DisabledReason>
                </Table.Td>
              </Table.Tr>
            ))}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}
