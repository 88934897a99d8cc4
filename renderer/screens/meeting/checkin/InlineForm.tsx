import { Button, Group, Text, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceChange, Invitee } from '../../../../shared/api/schemas';
import { MAX_REMARK } from '../../../../shared/api/schemas';
import { runAction } from '../../../api/runAction';
import { ClockInput } from '../../../components/ClockInput';
import { isCtrlEnter } from '../../../components/ctrlEnter';
import type { FieldErrors } from '../../../errors/fieldErrors';
import { issueText } from '../../../errors/translateError';
import { normalizeClock } from '../../../format/clock';
import { currentClockTime, formatClock, instantOnDate } from '../../../format/vietnameseDate';
import { useMeetingStore } from '../../../stores/meetingStore';
import classes from './CheckIn.module.css';
import type { DetailStatus } from './detailStatus';
import { useMarkAttendance } from './useMarkAttendance';

/** What is asked under a row: a status' detail, or this meeting's remark. */
export type InlineKind = DetailStatus | 'remark';

interface InlineFormProps {
  invitee: Invitee;
  kind: InlineKind;
  /** Times typed in the room are wall-clock times on the meeting's date. */
  meetingDate: string;
  /** Saved (true) or cancelled (false); the panel decides where the focus goes next. */
  onDone: (saved: boolean) => void;
}

/**
 * The one fact a status needs (arrival or departure time, the reason, who came instead), or
 * the remark, asked right under the person's row: the focus moves into it, Escape cancels,
 * Enter records (Ctrl+Enter in the reason box, where Enter starts a new line).
 */
export function InlineForm({ invitee, kind, meetingDate, onDone }: InlineFormProps) {
  const { t } = useTranslation();
  const mark = useMarkAttendance();
  const saveInvitee = useMeetingStore((s) => s.saveInvitee);
  const formRef = useRef<HTMLFormElement>(null);
  // Start from what is recorded when re-editing the same status, otherwise from now / empty.
  const same = invitee.status === kind;
  const [time, setTime] = useState(() =>
    same && invitee.eventTime ? formatClock(invitee.eventTime) : currentClockTime(),
  );
  const [reason, setReason] = useState(same ? invitee.reason : '');
  const [substituteName, setSubstituteName] = useState(same ? invitee.substituteName : '');
  const [substitutePosition, setSubstitutePosition] = useState(
    same ? invitee.substitutePosition : '',
  );
  const [remark, setRemark] = useState(invitee.remark);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  // The operator asked for this form with a key or a click: the caret goes into it at once.
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('input, textarea');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
  }, []);

  const title = t('common.actionFor', {
    action: kind === 'remark' ? t('checkin.remarkEdit') : t(`attendanceStatus.${kind}`),
    name: invitee.fullName,
  });

  const buildChange = (): AttendanceChange | null => {
    const inviteeId = invitee.id;
    switch (kind) {
      case 'late':
      case 'left_early': {
        const instant = instantOnDate(meetingDate, normalizeClock(time));
        if (instant === null) {
          setErrors({ time: issueText('invalid_time') });
          return null;
        }
        return { inviteeId, status: kind, time: instant };
      }
      case 'absent_excused':
        return { inviteeId, status: kind, reason };
      case 'substituted':
        return { inviteeId, status: kind, substituteName, substitutePosition };
      case 'remark':
        return null;
    }
  };

  const save = async (): Promise<boolean> => {
    if (kind === 'remark') {
      const saved = await saveInvitee(() =>
        runAction(
          'invitees.setRemark',
          { inviteeId: invitee.id, remark },
          { success: (inv) => t('checkin.remarkSaved', { name: inv.fullName }) },
        ),
      );
      return saved !== undefined;
    }
    const change = buildChange();
    return change ? mark(invitee, change, setErrors) : false;
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    const ok = await save();
    setBusy(false);
    if (ok) onDone(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Keys typed here are text, never the list's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone(false);
    } else if (isCtrlEnter(event)) {
      event.preventDefault();
      void submit();
    }
  };

  const multiline = kind === 'absent_excused';
  return (
    <form
      ref={formRef}
      className={classes.form}
      aria-label={title}
      data-testid={`checkin-form-${invitee.id}`}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onClick={(e) => e.stopPropagation()}
      noValidate
    >
      <Group align="flex-start" gap="sm" wrap="nowrap">
        {(kind === 'late' || kind === 'left_early') && (
          <ClockInput
            label={t(kind === 'late' ? 'checkin.arrivalTime' : 'checkin.departureTime')}
            required
            w={220}
            value={time}
            onChange={setTime}
            error={errors.time}
          />
        )}
        {kind === 'absent_excused' && (
          <Textarea
            label={t('checkin.reason')}
            required
            autosize
            minRows={1}
            maxRows={4}
            style={{ flex: 1 }}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
        )}
        {kind === 'substituted' && (
          <>
            <TextInput
              label={t('checkin.substituteName')}
              required
              style={{ flex: 1 }}
              value={substituteName}
              onChange={(e) => setSubstituteName(e.currentTarget.value)}
              error={errors.substituteName}
            />
            <TextInput
              label={t('checkin.substitutePosition')}
              required
              style={{ flex: 1 }}
              value={substitutePosition}
              onChange={(e) => setSubstitutePosition(e.currentTarget.value)}
              error={errors.substitutePosition}
            />
          </>
        )}
        {kind === 'remark' && (
          <TextInput
            label={t('checkin.remarkLabel')}
            style={{ flex: 1 }}
            maxLength={MAX_REMARK}
            value={remark}
            onChange={(e) => setRemark(e.currentTarget.value)}
          />
        )}
        {/* Level with the fields, below their labels. */}
        <Group gap="xs" wrap="nowrap" mt={25}>
          <Button type="submit" size="sm" loading={busy}>
            {t('checkin.record')}
          </Button>
          <Button size="sm" variant="default" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t(multiline ? 'checkin.formKeysMultiline' : 'checkin.formKeys')}
      </Text>
    </form>
  );
}
