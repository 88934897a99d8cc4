import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runAction } from '../../../api/runAction';
import { useApiAction } from '../../../api/useApiAction';
import { GroupSelect } from '../../../components/GroupSelect';
import { notifySuccess } from '../../../errors/notify';
import type { FieldSpec } from '../../../errors/fieldErrors';

interface WalkInModalProps {
  opened: boolean;
  onClose: () => void;
  meetingId: string;
  /**
   * Added from the check-in tab: the person is standing in the room, so they are recorded
   * "Có mặt" at once instead of waiting in the list as "Chưa điểm danh".
   */
  markPresent?: boolean;
  /** False when the caller puts focus somewhere itself after closing (the check-in search). */
  returnFocus?: boolean;
}

interface WalkInValues {
  fullName: string;
  position: string;
  unit: string;
  groupId: string | null;
  saveToDirectory: boolean;
}

const EMPTY: WalkInValues = {
  fullName: '',
  position: '',
  unit: '',
  groupId: null,
  saveToDirectory: false,
};
const SHOWN = ['fullName', 'position', 'unit', 'groupId'];
const WALK_IN_FIELDS: FieldSpec = { prefix: ['person'], claims: (key) => SHOWN.includes(key) };

/** Someone who came without being on the list; optionally kept in the directory for next time. */
export function WalkInModal({
  opened,
  onClose,
  meetingId,
  markPresent = false,
  returnFocus = true,
}: WalkInModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const { run, busy, fieldErrors, clearFieldError, resetFieldErrors } =
    useApiAction(WALK_IN_FIELDS);

  useEffect(() => {
    if (opened) {
      setValues(EMPTY);
      resetFieldErrors();
    }
  }, [opened, resetFieldErrors]);

  const set = <K extends keyof WalkInValues>(key: K, value: WalkInValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearFieldError(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { saveToDirectory, ...person } = values;
    const added = await run(
      'invitees.addWalkIn',
      {
        meetingId,
        person: { ...person, givenName: '', rank: null, phone: '', note: '' },
        saveToDirectory,
      },
      markPresent ? undefined : (inv) => t('invitees.walkInAdded', { name: inv.fullName }),
    );
    if (!added) return;
    if (markPresent) {
      const marked = await runAction(
        'attendance.set',
        { inviteeId: added.id, status: 'present' },
        { success: t('invitees.walkInAddedPresent', { name: added.fullName }) },
      );
      // The error says why "Có mặt" failed; the operator must still learn the person was added.
      if (!marked) notifySuccess(t('invitees.walkInAdded', { name: added.fullName }));
    }
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      returnFocus={returnFocus}
      title={t('invitees.walkInTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('invitees.fullName')}
            required
            data-autofocus
            value={values.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            error={fieldErrors.fullName}
          />
          <TextInput
            label={t('invitees.position')}
            value={values.position}
            onChange={(e) => set('position', e.currentTarget.value)}
            error={fieldErrors.position}
          />
          <TextInput
            label={t('invitees.unit')}
            value={values.unit}
            onChange={(e) => set('unit', e.currentTarget.value)}
            error={fieldErrors.unit}
          />
          {/* Typed without accents, as in the person form ("mat tran"). */}
          <GroupSelect
            label={t('invitees.group')}
            value={values.groupId}
            onChange={(id) => set('groupId', id)}
            error={fieldErrors.groupId}
          />
          <Checkbox
            label={t('invitees.saveToDirectory')}
            checked={values.saveToDirectory}
            onChange={(e) => set('saveToDirectory', e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('invitees.addToList')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
