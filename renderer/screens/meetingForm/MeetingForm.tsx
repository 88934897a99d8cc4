import { Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ChangeEvent, FormEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiAction } from '../../api/useApiAction';
import { ClockInput } from '../../components/ClockInput';
import { DateField } from '../../components/DateField';
import { focusFirstInvalid } from '../../components/focus';
import { PersonSelect } from '../../components/PersonSelect';
import { clockRefusalText } from '../../format/clock';
import { AgendaField } from './AgendaField';
import { CenterChairsField } from './CenterChairsField';
import type { ClockRefusals, MeetingFormValues } from './meetingFormValues';
import { meetingFieldSpec, readClockFields, valuesToMeetingInput } from './meetingFormValues';

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
  const [values, setValues] = useState(initial);
  const spec = useMemo(() => meetingFieldSpec(meetingId !== null), [meetingId]);
  const { run, busy, fieldErrors, clearFieldError, resetFieldErrors } = useApiAction(spec);
  // Times the parser refused on submit, and whether a submit stopped to show how times were read.
  const [clockRefusals, setClockRefusals] = useState<ClockRefusals>({});
  const [timesRead, setTimesRead] = useState(false);
  // A save stopped by a time that could not be read takes the focus to that time's field, as a
  // refusal by the core does (useApiAction): counted, so a second refusal refocuses too.
  const form = useRef<HTMLFormElement>(null);
  const [clockRefused, setClockRefused] = useState(0);
  useEffect(() => {
    if (clockRefused > 0) focusFirstInvalid(form.current);
  }, [clockRefused]);
  const forgetClockRefusal = (key: string) => {
    setTimesRead(false);
    setClockRefusals((prev) => {
      if (!(key in prev)) return prev;
      const next = { ...prev };
      delete next[key];
      return next;
    });
  };
  // Refusals are kept untranslated, so switching language re-words them.
  const errors = useMemo(() => {
    const translated: Record<string, string> = {};
    for (const [key, { input, refusal }] of Object.entries(clockRefusals))
      translated[key] = clockRefusalText(input, refusal, t);
    return { ...fieldErrors, ...translated };
  }, [fieldErrors, clockRefusals, t]);

  const set = <K extends keyof MeetingFormValues>(
    key: K,
    value: MeetingFormValues[K],
    errorKey: string = key,
  ) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearFieldError(errorKey);
    forgetClockRefusal(errorKey);
  };
  // Row indices shift when a row goes away, so messages keyed by index would point wrong.
  const setList = <K extends 'centerChairs' | 'agenda'>(key: K, value: MeetingFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setTimesRead(false);
    if (value.length < values[key].length) {
      resetFieldErrors();
      setClockRefusals({});
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Every time is read before anything is sent. A refused one stops the save with its reason.
    // A time whose text was not yet its HH:mm (Enter pressed in the field, so it never left it)
    // is rewritten and the save stops once, so what will be stored is seen before it is.
    const read = readClockFields(values);
    setClockRefusals(read.refusals);
    if (Object.keys(read.refusals).length > 0 || read.changed) {
      if (Object.keys(read.refusals).length > 0) setClockRefused((n) => n + 1);
      setValues(read.values);
      setTimesRead(read.changed && Object.keys(read.refusals).length === 0);
      return;
    }
    setTimesRead(false);
    const meeting = valuesToMeetingInput(read.values);
    const saved =
      meetingId === null
        ? await run('meetings.create', meeting, t('meetingForm.created'))
        : await run('meetings.update', { id: meetingId, meeting }, t('meetingForm.saved'));
    if (saved) void navigate(`/meetings/${saved.id}`, { replace: meetingId === null });
  };

  const clock = (key: 'startTime' | 'endTime') => ({
    value: values[key],
    onChange: (value: string) => set(key, value),
    error: errors[key],
    disabled: locked,
  });
  const text = (key: 'title' | 'centerHost') => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value),
    error: errors[key],
    disabled: locked,
  });

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Stack gap="md">
        {/* Examples are descriptions, not placeholders: grey text in the box looked like a value. */}
        <TextInput
          label={t('meetingForm.title')}
          description={t('meetingForm.titleExample')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          data-autofocus
          {...text('title')}
        />
        <Grid>
          <Grid.Col span={4}>
            <DateField
              label={t('meetingForm.date')}
              required
              value={values.date}
              onChange={(date) => set('date', date)}
              error={errors.date}
              disabled={locked}
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
          description={t('meetingForm.centerHostExample')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...text('centerHost')}
        />
        <CenterChairsField
          chairs={values.centerChairs}
          onChange={(chairs) => setList('centerChairs', chairs)}
          errors={errors}
          disabled={locked}
        />
        <PersonSelect
          label={t('meetingForm.localChair')}
          placeholder={t('meetingForm.localChairPlaceholder')}
          nothingFound={t('meetingForm.localChairNothingFound')}
          value={values.localChair}
          onChange={(choice) => set('localChair', choice, 'localChairId')}
          error={errors.localChairId}
          disabled={locked}
        />
        <AgendaField
          items={values.agenda}
          onChange={(items) => setList('agenda', items)}
          onEditTime={forgetClockRefusal}
          errors={errors}
          disabled={locked}
        />
        {timesRead && (
          <Text role="status" c="blue.8">
            {t('meetingForm.timesRead')}
          </Text>
        )}
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
