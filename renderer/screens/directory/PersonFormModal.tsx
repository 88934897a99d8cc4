import { Button, Grid, Group, Modal, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import type { ChangeEvent, FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonInput } from '../../../shared/api/schemas';
import { useApiAction } from '../../api/useApiAction';
import { submitOnCtrlEnter } from '../../components/ctrlEnter';
import { GroupSelect } from '../../components/GroupSelect';
import type { FieldSpec } from '../../errors/fieldErrors';

interface PersonValues {
  fullName: string;
  givenName: string;
  position: string;
  unit: string;
  groupId: string | null;
  rank: number | '';
  phone: string;
  note: string;
}

const SHOWN = ['fullName', 'givenName', 'position', 'unit', 'groupId', 'rank', 'phone', 'note'];
const PERSON_FIELDS: FieldSpec = { claims: (key) => SHOWN.includes(key) };

function valuesOf(p: Person | null): PersonValues {
  return {
    fullName: p?.fullName ?? '',
    // Only an override is shown: the derived given name is the default, not an entry.
    givenName: p?.givenNameCustom ? p.givenName : '',
    position: p?.position ?? '',
    unit: p?.unit ?? '',
    groupId: p?.groupId ?? null,
    rank: p?.rank ?? '',
    phone: p?.phone ?? '',
    note: p?.note ?? '',
  };
}

function toInput(v: PersonValues): PersonInput {
  return { ...v, rank: v.rank === '' ? null : v.rank };
}

interface PersonFormModalProps {
  /** null adds a new person. */
  person: Person | null;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function PersonFormModal({ person, opened, onClose, onSaved }: PersonFormModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => valuesOf(person));
  const { run, busy, fieldErrors, clearFieldError, resetFieldErrors } = useApiAction(PERSON_FIELDS);

  useEffect(() => {
    if (opened) {
      setValues(valuesOf(person));
      resetFieldErrors();
    }
  }, [opened, person, resetFieldErrors]);

  const set = <K extends keyof PersonValues>(key: K, value: PersonValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearFieldError(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(values);
    const saved = person
      ? await run('people.update', { ...input, id: person.id }, (p) =>
          t('directory.saved', { name: p.fullName }),
        )
      : await run('people.create', input, (p) => t('directory.created', { name: p.fullName }));
    if (saved) {
      onSaved();
      onClose();
    }
  };

  const text = (key: 'fullName' | 'givenName' | 'position' | 'unit' | 'phone') => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value),
    error: fieldErrors[key],
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(person ? 'directory.editTitle' : 'directory.newTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('directory.fullName')}
            required
            data-autofocus
            {...text('fullName')}
          />
          <TextInput
            label={t('directory.givenName')}
            description={t('directory.givenNameHelp')}
            {...text('givenName')}
          />
          <TextInput label={t('directory.position')} {...text('position')} />
          <TextInput label={t('directory.unit')} {...text('unit')} />
          {/* Inputs side by side on one line, whatever the length of their descriptions. */}
          <Grid align="flex-end">
            <Grid.Col span={8}>
              <GroupSelect
                label={t('directory.group')}
                description={t('directory.groupHelp')}
                value={values.groupId}
                onChange={(id) => set('groupId', id)}
                error={fieldErrors.groupId}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <NumberInput
                label={t('directory.rank')}
                description={t('directory.rankHelp')}
                min={1}
                max={9999}
                allowDecimal={false}
                allowNegative={false}
                value={values.rank}
                onChange={(v) => set('rank', typeof v === 'number' ? v : '')}
                error={fieldErrors.rank}
              />
            </Grid.Col>
          </Grid>
          <TextInput label={t('directory.phone')} type="tel" {...text('phone')} />
          <Textarea
            label={t('directory.note')}
            description={t('common.ctrlEnterSaves')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autosize
            minRows={2}
            value={values.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            onKeyDown={submitOnCtrlEnter}
            error={fieldErrors.note}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
