import { Button, Group, Table, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolGroup } from '../../../shared/api/schemas';
import { useApiAction } from '../../api/useApiAction';
import { useReferenceStore } from '../../stores/referenceStore';

const NAME_FIELD = { claims: (key: string) => key === 'name' };

interface GroupRowProps {
  group: ProtocolGroup;
  index: number;
  last: boolean;
  renaming: boolean;
  onRename: () => void;
  onRenameDone: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}

/** One group: its place, its name (edited in place), and the buttons that act on it. */
export function GroupRow(props: GroupRowProps) {
  const { group, index, last, renaming, onRename, onRenameDone, onMove, onDelete } = props;
  const { t } = useTranslation();
  const label = (action: string) => t('common.actionFor', { action, name: group.name });

  return (
    <Table.Tr data-testid={`group-row-${group.id}`}>
      <Table.Td>{index + 1}</Table.Td>
      <Table.Td>
        {renaming ? <RenameForm group={group} onDone={onRenameDone} /> : group.name}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            id={`group-up-${group.id}`}
            size="xs"
            variant="default"
            disabled={index === 0}
            onClick={() => onMove('up')}
            aria-label={label(t('groups.moveUp'))}
          >
            ↑ {t('groups.moveUp')}
          </Button>
          <Button
            id={`group-down-${group.id}`}
            size="xs"
            variant="default"
            disabled={last}
            onClick={() => onMove('down')}
            aria-label={label(t('groups.moveDown'))}
          >
            ↓ {t('groups.moveDown')}
          </Button>
          <Button
            id={`group-rename-${group.id}`}
            size="xs"
            variant="subtle"
            onClick={onRename}
            disabled={renaming}
            aria-label={label(t('groups.rename'))}
          >
            {t('groups.rename')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={onDelete}
            aria-label={label(t('groups.delete'))}
          >
            {t('groups.delete')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function RenameForm({ group, onDone }: { group: ProtocolGroup; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(group.name);
  const { run, busy, fieldErrors, clearFieldError } = useApiAction(NAME_FIELD);
  const setGroups = useReferenceStore((s) => s.setGroups);
  const loadGroups = useReferenceStore((s) => s.loadGroups);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === group.name) return onDone();
    const saved = await run('groups.rename', { id: group.id, name }, (g) =>
      t('groups.renamed', { name: g.name }),
    );
    if (saved) {
      const groups = useReferenceStore.getState().groups ?? [];
      setGroups(groups.map((g) => (g.id === saved.id ? saved : g)));
      void loadGroups();
      onDone();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group gap={4} align="flex-start" wrap="nowrap">
        <TextInput
          size="xs"
          flex={1}
          aria-label={t('groups.newNameFor', { name: group.name })}
          value={name}
          autoFocus
          onChange={(e) => {
            setName(e.currentTarget.value);
            clearFieldError('name');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onDone();
          }}
          error={fieldErrors.name}
        />
        <Button size="xs" type="submit" loading={busy}>
          {t('common.save')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </form>
  );
}
