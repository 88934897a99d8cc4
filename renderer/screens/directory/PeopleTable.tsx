import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person, ProtocolGroup } from '../../../shared/api/schemas';
import { runAction } from '../../api/runAction';
import { useWideLayout } from '../../components/useWideLayout';
import { openConfirm } from '../../components/openConfirm';

interface PeopleTableProps {
  people: Person[];
  groups: ProtocolGroup[];
  onEdit: (person: Person) => void;
  onChanged: () => void;
}

export function PeopleTable({ people, groups, onEdit, onChanged }: PeopleTableProps) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  // Why the list is empty is said by the screen, which knows what was searched.
  if (people.length === 0) return null;
  const groupName = (id: string | null) => groups.find((g) => g.id === id)?.name ?? '';
  const label = (action: string, p: Person) => t('common.actionFor', { action, name: p.fullName });

  const toggleRetired = async (p: Person) => {
    const done =
      p.retiredAt === null
        ? await runAction(
            'people.retire',
            { id: p.id },
            { success: t('directory.retired', { name: p.fullName }) },
          )
        : await runAction(
            'people.restore',
            { id: p.id },
            { success: t('directory.restored', { name: p.fullName }) },
          );
    if (done) onChanged();
  };

  // Deleting is only possible for someone never invited; the core says PERSON_HAS_HISTORY
  // otherwise, and that message tells the operator to retire the person instead.
  const confirmDelete = (p: Person) =>
    openConfirm({
      title: t('directory.deleteTitle', { name: p.fullName }),
      children: <Text>{t('directory.deleteBody')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const done = await runAction(
          'people.delete',
          { id: p.id },
          { success: t('directory.deleted', { name: p.fullName }) },
        );
        if (done) onChanged();
      },
    });

  return (
    <Table striped highlightOnHover verticalSpacing="xs" fz="md">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('directory.columns.name')}</Table.Th>
          <Table.Th>{t('directory.columns.position')}</Table.Th>
          <Table.Th>{t('directory.columns.unit')}</Table.Th>
          <Table.Th>{t('directory.columns.group')}</Table.Th>
          <Table.Th>{t('directory.columns.rank')}</Table.Th>
          <Table.Th>{t('directory.columns.phone')}</Table.Th>
          <Table.Th>{t('directory.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((p) => (
          <Table.Tr
            key={p.id}
            data-testid={`person-row-${p.id}`}
            c={p.retiredAt ? 'dimmed' : undefined}
          >
            <Table.Td>
              <Text fw={600} span>
                {p.fullName}
              </Text>{' '}
              {p.retiredAt && (
                <Badge size="sm" color="gray" tt="none">
                  {t('directory.retiredBadge')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{p.position}</Table.Td>
            <Table.Td>{p.unit}</Table.Td>
            <Table.Td>{groupName(p.groupId)}</Table.Td>
            <Table.Td>{p.rank ?? ''}</Table.Td>
            <Table.Td>{p.phone}</Table.Td>
            <Table.Td>
              {/* Narrow (200% zoom), the actions stack rather than push the table sideways. */}
              <Group gap={4} wrap={wide ? 'nowrap' : 'wrap'}>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(p)}
                  aria-label={label(t('common.edit'), p)}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => void toggleRetired(p)}
                  aria-label={label(t(p.retiredAt ? 'directory.restore' : 'directory.retire'), p)}
                >
                  {t(p.retiredAt ? 'directory.restore' : 'directory.retire')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => confirmDelete(p)}
                  aria-label={label(t('common.delete'), p)}
                >
                  {t('common.delete')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
