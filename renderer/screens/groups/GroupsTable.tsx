import { Table, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolGroup } from '../../../shared/api/schemas';
import { runAction } from '../../api/runAction';
import { openConfirm } from '../../components/openConfirm';
import { useGroups, useReferenceStore } from '../../stores/referenceStore';
import { GroupRow } from './GroupRow';

/** Puts focus back on a move button after the list re-rendered in its new order. */
function refocus(id: string, direction: 'up' | 'down') {
  requestAnimationFrame(() => {
    const same = document.getElementById(`group-${direction}-${id}`) as HTMLButtonElement | null;
    const other = document.getElementById(
      `group-${direction === 'up' ? 'down' : 'up'}-${id}`,
    ) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  });
}

/** The groups in protocol order: move, rename, delete. */
export function GroupsTable({ onGroupDeleted }: { onGroupDeleted: () => void }) {
  const { t } = useTranslation();
  const groups = useGroups();
  const setGroups = useReferenceStore((s) => s.setGroups);
  const loadGroups = useReferenceStore((s) => s.loadGroups);
  const [renaming, setRenaming] = useState<string | null>(null);
  // Only the answer to the latest move counts; earlier ones are already superseded on screen.
  const moveTicket = useRef(0);

  const move = async (index: number, direction: 'up' | 'down') => {
    const other = direction === 'up' ? index - 1 : index + 1;
    const moved = groups[index];
    if (!moved || other < 0 || other >= groups.length) return;
    const next = [...groups];
    [next[index], next[other]] = [next[other]!, moved];
    setGroups(next); // at once: the operator sees the move before the core confirms it
    refocus(moved.id, direction);
    const mine = ++moveTicket.current;
    const saved = await runAction('groups.reorder', { ids: next.map((g) => g.id) });
    if (mine !== moveTicket.current) return;
    if (saved) setGroups(saved);
    else await loadGroups();
  };

  const confirmDelete = (g: ProtocolGroup) =>
    openConfirm({
      title: t('groups.deleteTitle', { name: g.name }),
      children: <Text>{t('groups.deleteBody')}</Text>,
      labels: { confirm: t('groups.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const done = await runAction(
          'groups.delete',
          { id: g.id },
          { success: t('groups.deleted', { name: g.name }) },
        );
        if (done) {
          await loadGroups();
          onGroupDeleted();
        }
      },
    });

  if (groups.length === 0) return <Text c="dimmed">{t('groups.empty')}</Text>;
  return (
    <Table verticalSpacing="xs" fz="md" highlightOnHover data-testid="groups-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>{t('groups.order')}</Table.Th>
          <Table.Th>{t('groups.name')}</Table.Th>
          <Table.Th w={420}>{t('groups.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((g, i) => (
          <GroupRow
            key={g.id}
            group={g}
            index={i}
            last={i === groups.length - 1}
            renaming={renaming === g.id}
            onRename={() => setRenaming(g.id)}
            onRenameDone={() => {
              setRenaming(null);
              requestAnimationFrame(() => document.getElementById(`group-rename-${g.id}`)?.focus());
            }}
            onMove={(direction) => void move(i, direction)}
            onDelete={() => confirmDelete(g)}
          />
        ))}
      </Table.Tbody>
    </Table>
  );
}
