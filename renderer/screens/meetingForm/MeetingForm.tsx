import { Button, Grid, Group, Stack, TextInput } from '@mantine/core';
import type { ChangeEvent, FormEvent } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiAction } from '../../api/useApiAction';
import { ClockInput } from '../../components/ClockInput';
import { PersonSelect } from '../../components/PersonSelect';
import { useLongDate } from '../../format/useDateFormat';
import { AgendaField } from './AgendaField';
import { CenterChairsField } from './CenterChairsField';
import type { MeetingFormValues } from './meetingFormValues';
import { meetingFieldSpec, valuesToMeetingInput } from './meetingFormValues';

interface MeetingFormProps {
  /** Set when editing an existing meeting. */
  meetingId: string | null;
  initial: MeetingFormValues;
  /** A finalized meeting is shown but cannot be changed. */
  locked: boolean;
}

export function MeetingForm({ meetingId, initial, locked }: MeetingFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const longDate = useLongDate();
  const [values, setValues] = useState(initial);
  const spec = useMemo(() => meetingFieldSpec(meetingId !== null), [meetingId]);
  const { run, busy, fieldErrors, clearFieldError, resetFieldErrors } = useApiAction(spec);

  const set = <K extends keyof MeetingFormValues>(
    key: K,
    value: MeetingFormValues[K],
    errorKey: string = key,
  ) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearFieldError(errorKey);
  };
  // Row indices shift when a row goes away, so messages keyed by index would point wrong.
  const setList = <K extends 'centerChairs' | 'agenda'>(key: K, value: MeetingFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (value.length < values[key].length) resetFieldErrors();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const meeting = valuesToMeetingInput(values);
    const saved =
      meetingId === null
        ? await run('meetings.create', meeting, t('meetingForm.created'))
        : await run('meetings.update', { id: meetingId, meeting }, t('meetingForm.saved'));
    if (saved) void navigate(`/meetings/${saved.id}`, { replace: meetingId === null });
  };

  const clock = (key: 'startTime' | 'endTime') => ({
    value: values[key],
    onChange: (value: string) => set(key, value),
    error: fieldErrors[key],
    disabled: locked,
  });
  const text = (key: 'title' | 'centerHost' | 'date') => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value),
    error: fieldErrors[key],
    disabled: locked,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('meetingForm.title')}
          placeholder={t('meetingForm.titlePlaceholder')}
          required
          data-autofocus
          {...text('title')}
        />
        <Grid>
          <Grid.Col span={4}>
            <TextInput
              type="date"
              label={t('meetingForm.date')}
              // The native date field follows the system locale; spell the date out too.
              description={values.date ? longDate(values.date) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              required
              {...text('date')}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <ClockInput label={t('meetingForm.startTime')} required {...clock('startTime')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <ClockInput label={t('meetingForm.endTime')} {...clock('endTime')} />
          </Grid.Col>
        </Grid>
        <TextInput
          label={t('meetingForm.centerHost')}
          placeholder={t('meetingForm.centerHostPlaceholder')}
          {...text('centerHost')}
        />
        <CenterChairsField
          chairs={values.centerChairs}
          onChange={(chairs) => setList('centerChairs', chairs)}
          errors={fieldErrors}
          disabled={locked}
        />
        <PersonSelect
          label={t('meetingForm.localChair')}
          placeholder={t('meetingForm.localChairPlaceholder')}
          nothingFound={t('meetingForm.localChairNothingFound')}
          value={values.localChair}
          onChange={(choice) => set('localChair', choice, 'localChairId')}
          error={fieldErrors.localChairId}
          disabled={locked}
        />
        <AgendaField
          items={values.agenda}
          onChange={(items) => setList('agenda', items)}
          errors={fieldErrors}
          disabled={locked}
        />
        <Group>
          <Button type="submit" size="md" loading={busy} disabled={locked}>
            {t('meetingForm.save')}
          </Button>
          <Button variant="default" size="md" onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
