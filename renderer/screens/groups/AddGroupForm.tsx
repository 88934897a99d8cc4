import { Button, Group, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../api/useApiAction';
import { useReferenceStore } from '../../stores/referenceStore';

const NAME_FIELD = { claims: (key: string) => key === 'name' };

/** A new group goes to the end of the order; the operator moves it where it belongs. */
export function AddGroupForm() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { run, busy, fieldErrors, clearFieldError } = useApiAction(NAME_FIELD);
  const loadGroups = useReferenceStore((s) => s.loadGroups);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await run('groups.create', { name }, (g) =>
      t('groups.created', { name: g.name }),
    );
    if (created) {
      setName('');
      await loadGroups();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          w={380}
          label={t('groups.newName')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            clearFieldError('name');
          }}
          error={fieldErrors.name}
        />
        <Button type="submit" loading={busy} mt={25} variant="light">
          {t('groups.add')}
        </Button>
      </Group>
    </form>
  );
}
