import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitee, Meeting } from '../../../../shared/api/schemas';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import { useApiAction } from '../../../api/useApiAction';
import { foldedOptionsFilter } from '../../../components/foldedOptionsFilter';
import { PersonSelect } from '../../../components/PersonSelect';
import type { FieldSpec } from '../../../errors/fieldErrors';
import { useProvinces } from '../../../stores/referenceStore';
import { useSpeechStore } from '../../../stores/speechStore';
import type { SpeechFormValues } from './speechFormValues';
import { openingValues, speechFields, withAgendaItem, withSource } from './speechFormValues';

const SHOWN = [
  'speaker.name',
  'speaker.position',
  'speaker.inviteeId',
  'speaker.personId',
  'origin.name',
  'origin.provinceCode',
  'topic',
  'agendaItemId',
  'allottedSeconds',
];
const FIELDS: FieldSpec = { prefix: ['fields'], claims: (key) => SHOWN.includes(key) };

const collator = new Intl.Collator('vi');

/** One of a few, side by side, under its label (who speaks; from where). */
function Choice<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  data: { value: T; label: string }[];
}) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id={`${props.id}-label`}>
        {props.label}
      </Text>
      <SegmentedControl
        aria-labelledby={`${props.id}-label`}
        fullWidth
        value={props.value}
        onChange={(v) => props.onChange(v as T)}
        data={props.data}
      />
    </div>
  );
}

interface SpeechFormModalProps {
  opened: boolean;
  onClose: () => void;
  meeting: Meeting;
  invitees: Invitee[];
  /** The speech to edit; null adds one. */
  speech: Speech | null;
  /** The agenda item a new speech is filed under at first (the filter's, or the one running). */
  defaultItemId: string | null;
}

/**
 * Adds a speech (at the end of the queue or as next) or edits one. The speaker is someone on
 * the meeting's list, someone from the directory, or a name and post typed (a speaker at the
 * center or another point); the origin is the center, this point, or another point from the
 * provinces list or typed. The time follows the agenda item's "minutes per speech" until the
 * operator types one.
 */
export function SpeechFormModal({
  opened,
  onClose,
  meeting,
  invitees,
  speech,
  defaultItemId,
}: SpeechFormModalProps) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const save = useSpeechStore((s) => s.save);
  const { run, busy, fieldErrors, clearFieldError, resetFieldErrors } = useApiAction(FIELDS);
  const [values, setValues] = useState<SpeechFormValues>(() =>
    openingValues(speech, meeting.agenda, defaultItemId),
  );

  useEffect(() => {
    if (!opened) return;
    setValues(openingValues(speech, meeting.agenda, defaultItemId));
    resetFieldErrors();
    // Only when the form opens: a meeting update while it is open must not wipe what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const update = (next: Partial<SpeechFormValues>, ...fields: string[]) => {
    setValues((v) => ({ ...v, ...next }));
    fields.forEach(clearFieldError);
  };

  const inviteeOptions = useMemo(
    () =>
      invitees.map((i) => ({
        value: i.id,
        label: i.position ? `${i.fullName} – ${i.position}` : i.fullName,
      })),
    [invitees],
  );
  const provinceOptions = useMemo(
    () =>
      (provinces ?? [])
        .filter((p) => p.current)
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((p) => ({ value: p.code, label: p.name })),
    [provinces],
  );
  const agendaOptions = useMemo(
    () => meeting.agenda.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.title}` })),
    [meeting.agenda],
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const place = submitter?.getAttribute('value') === 'next' ? 'next' : 'end';
    const fields = speechFields(values);
    const done = speech
      ? await save(() =>
          run('speeches.edit', { speechId: speech.id, fields }, t('speaking.form.saved')),
        )
      : await save(() =>
          run(
            'speeches.add',
            { meetingId: meeting.id, fields, place },
            t(place === 'next' ? 'speaking.form.addedNext' : 'speaking.form.added'),
          ),
        );
    if (done) onClose();
  };

  const speakerError = fieldErrors['speaker.name'];

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={speech ? t('speaking.form.editTitle') : t('speaking.form.addTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Choice
            id="speech-source"
            label={t('speaking.form.speaker')}
            value={values.source}
            onChange={(v) => setValues((x) => withSource(x, v))}
            data={[
              { value: 'typed', label: t('speaking.form.sourceTyped') },
              { value: 'invitee', label: t('speaking.form.sourceInvitee') },
              { value: 'person', label: t('speaking.form.sourceDirectory') },
            ]}
          />
          {values.source === 'invitee' && (
            <Select
              label={t('speaking.form.invitee')}
              placeholder={t('common.typeToSearch')}
              nothingFoundMessage={t('speaking.form.noInvitee')}
              searchable
              clearable
              data-autofocus
              data={inviteeOptions}
              filter={foldedOptionsFilter}
              value={values.inviteeId}
              onChange={(id) => update({ inviteeId: id }, 'speaker.name', 'speaker.inviteeId')}
              error={fieldErrors['speaker.inviteeId'] ?? speakerError}
            />
          )}
          {values.source === 'person' && (
            <PersonSelect
              label={t('speaking.form.person')}
              placeholder={t('common.typeToSearch')}
              nothingFound={t('directory.noMatch')}
              value={values.person}
              onChange={(person) => update({ person }, 'speaker.name', 'speaker.personId')}
              error={fieldErrors['speaker.personId'] ?? speakerError}
            />
          )}
          {values.source === 'typed' && (
            <Group grow align="flex-start">
              <TextInput
                label={t('speaking.form.name')}
                required
                data-autofocus
                value={values.name}
                onChange={(e) => update({ name: e.currentTarget.value }, 'speaker.name')}
                error={speakerError}
              />
              <TextInput
                label={t('speaking.form.position')}
                value={values.position}
                onChange={(e) => update({ position: e.currentTarget.value }, 'speaker.position')}
                error={fieldErrors['speaker.position']}
              />
            </Group>
          )}

          <Choice
            id="speech-origin"
            label={t('speaking.form.origin')}
            value={values.originKind}
            onChange={(v) => update({ originKind: v, originTouched: true })}
            data={[
              { value: 'center', label: t('speaking.origin.center') },
              { value: 'local', label: t('speaking.origin.local') },
              { value: 'point', label: t('speaking.origin.other') },
            ]}
          />
          {values.originKind === 'point' && (
            <Group grow align="flex-start">
              <Select
                label={t('speaking.form.province')}
                placeholder={t('common.typeToSearch')}
                nothingFoundMessage={t('profile.provinceNothingFound')}
                searchable
                clearable
                data={provinceOptions}
                filter={foldedOptionsFilter}
                maxDropdownHeight={260}
                value={values.provinceCode}
                onChange={(code) =>
                  update({ provinceCode: code }, 'origin.provinceCode', 'origin.name')
                }
                error={fieldErrors['origin.provinceCode']}
                disabled={provinces === null}
              />
              <TextInput
                label={t('speaking.form.pointName')}
                description={t('speaking.form.pointNameHelp')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                value={values.pointName}
                onChange={(e) => update({ pointName: e.currentTarget.value }, 'origin.name')}
                error={fieldErrors['origin.name']}
              />
            </Group>
          )}

          <TextInput
            label={t('speaking.form.topic')}
            value={values.topic}
            onChange={(e) => update({ topic: e.currentTarget.value }, 'topic')}
            error={fieldErrors.topic}
          />
          <Group grow align="flex-start">
            <Select
              label={t('speaking.form.agendaItem')}
              placeholder={t('speaking.noItem')}
              clearable
              data={agendaOptions}
              value={values.agendaItemId}
              onChange={(id) => {
                setValues((v) => withAgendaItem(v, meeting.agenda, id));
                clearFieldError('agendaItemId');
              }}
              error={fieldErrors.agendaItemId}
              disabled={meeting.agenda.length === 0}
            />
            <NumberInput
              label={t('speaking.form.minutes')}
              description={t('speaking.form.minutesHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={0.5}
              max={180}
              step={1}
              decimalScale={1}
              allowNegative={false}
              value={values.minutes}
              onChange={(v) => update({ minutes: v, minutesTouched: true }, 'allottedSeconds')}
              error={fieldErrors.allottedSeconds}
            />
          </Group>

          {/* Enter in a field presses the form's first submit button: "add at the end", so
              it comes first in the markup and the row is drawn reversed to keep it rightmost. */}
          <Group mt="sm" style={{ flexDirection: 'row-reverse' }}>
            {speech ? (
              <Button type="submit" loading={busy}>
                {t('common.save')}
              </Button>
            ) : (
              <>
                <Button type="submit" value="end" loading={busy}>
                  {t('speaking.form.addEnd')}
                </Button>
                <Button type="submit" variant="light" value="next" disabled={busy}>
                  {t('speaking.form.addNext')}
                </Button>
              </>
            )}
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
