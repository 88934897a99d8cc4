import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceChange, Invitee } from '../../../../shared/api/schemas';
import { ClockInput } from '../../../components/ClockInput';
import type { FieldErrors } from '../../../errors/fieldErrors';
import { issueText } from '../../../errors/translateError';
import { normalizeClock } from '../../../format/clock';
import { currentClockTime, formatClock, instantOnDate } from '../../../format/vietnameseDate';
import type { DialogStatus } from './dialogStatus';
import { useMarkAttendance } from './useMarkAttendance';

export { needsDialog } from './dialogStatus';
export type { DialogStatus } from './dialogStatus';

export interface DialogRequest {
  invitee: Invitee;
  status: DialogStatus;
}

interface AttendanceDialogProps {
  request: DialogRequest | null;
  /** Times typed in the room are wall-clock times on the meeting's date. */
  meetingDate: string;
  onClose: () => void;
}

export function AttendanceDialog({ request, meetingDate, onClose }: AttendanceDialogProps) {
  const { t } = useTranslation();
  const mark = useMarkAttendance();
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const [substituteName, setSubstituteName] = useState('');
  const [substitutePosition, setSubstitutePosition] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  // Start from what is recorded when re-editing the same status, otherwise from now / empty.
  useEffect(() => {
    if (!request) return;
    const { invitee, status } = request;
    const same = invitee.status === status;
    setTime(same && invitee.eventTime ? formatClock(invitee.eventTime) : currentClockTime());
    setReason(same ? invitee.reason : '');
    setSubstituteName(same ? invitee.substituteName : '');
    setSubstitutePosition(same ? invitee.substitutePosition : '');
    setErrors({});
  }, [request]);

  if (!request) return null;
  const { invitee, status } = request;
  const statusLabel = t(`attendanceStatus.${status}`);

  const buildChange = (): AttendanceChange | null => {
    const inviteeId = invitee.id;
    switch (status) {
      case 'late':
      case 'left_early': {
        const instant = instantOnDate(meetingDate, normalizeClock(time));
        if (instant === null) {
          setErrors({ time: issueText('invalid_time') });
          return null;
        }
        return { inviteeId, status, time: instant };
      }
      case 'absent_excused':
        return { inviteeId, status, reason };
      case 'substituted':
        return { inviteeId, status, substituteName, substitutePosition };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change = buildChange();
    if (!change) return;
    setBusy(true);
    const ok = await mark(invitee, change, setErrors);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      // The panel puts the caret back in its search box for the next person.
      returnFocus={false}
      title={t('common.actionFor', { action: statusLabel, name: invitee.fullName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {(status === 'late' || status === 'left_early') && (
            <ClockInput
              label={t(status === 'late' ? 'checkin.arrivalTime' : 'checkin.departureTime')}
              required
              data-autofocus
              value={time}
              onChange={setTime}
              error={errors.time}
            />
          )}
          {status === 'absent_excused' && (
            <Textarea
              label={t('checkin.reason')}
              required
              autosize
              minRows={2}
              data-autofocus
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
            />
          )}
          {status === 'substituted' && (
            <>
              <TextInput
                label={t('checkin.substituteName')}
                required
                data-autofocus
                value={substituteName}
                onChange={(e) => setSubstituteName(e.currentTarget.value)}
                error={errors.substituteName}
              />
              <TextInput
                label={t('checkin.substitutePosition')}
                required
                value={substitutePosition}
                onChange={(e) => setSubstitutePosition(e.currentTarget.value)}
                error={errors.substitutePosition}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('checkin.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
