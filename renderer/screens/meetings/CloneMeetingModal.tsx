import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MeetingSummary } from '../../../shared/api/schemas';
import { localDate } from '../../../shared/time/localDate';
import { useApiAction } from '../../api/useApiAction';
import { DateField } from '../../components/DateField';
import type { FieldSpec } from '../../errors/fieldErrors';

const CLONE_FIELDS: FieldSpec = { claims: (key) => key === 'date' };

/** Asks for the new date, copies the meeting with its invitees, and opens the copy. */
export function CloneMeetingModal({
  meeting,
  onClose,
}: {
  meeting: MeetingSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [date, setDate] = useState(() => localDate(new Date()));
  const { run, busy, fieldErrors, resetFieldErrors } = useApiAction(CLONE_FIELDS);

  useEffect(() => {
    if (meeting) {
      setDate(localDate(new Date()));
      resetFieldErrors();
    }
  }, [meeting, resetFieldErrors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!meeting) return;
    const copy = await run(
      'meetings.clone',
      { id: meeting.id, date, withInvitees: true },
      t('meetings.cloned'),
    );
    if (copy) {
      onClose();
      void navigate(`/meetings/${copy.id}`);
    }
  };

  return (
    <Modal opened={meeting !== null} onClose={onClose} title={t('meetings.cloneTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{t('meetings.cloneIntro', { title: meeting?.title ?? '' })}</Text>
          <DateField
            label={t('meetings.cloneDate')}
            required
            data-autofocus
            value={date}
            onChange={setDate}
            error={fieldErrors.date}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('meetings.cloneSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
