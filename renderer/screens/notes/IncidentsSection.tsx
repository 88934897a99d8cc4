import { Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/api/notesSchemas';
import type { IncidentKind } from '../../../shared/notes/model';
import { INCIDENT_KINDS } from '../../../shared/notes/model';
import { clockParts, parseClock } from '../../../shared/time/clock';
import { formatDuration } from '../../../shared/speaking/timing';
import { useApiAction } from '../../api/useApiAction';
import { runAction } from '../../api/runAction';
import { formatClockSeconds } from '../../format/vietnameseDate';
import { useNotesStore } from '../../stores/notesStore';
import { EnumSelect } from './EnumSelect';

/** "14:05" of an instant, for a time field; the date stays the incident's own. */
const clockOf = (instant: string) => formatClockSeconds(instant).slice(0, 5);

/** The same local day as `instant`, at the time typed ("14h30"…); null when unreadable. */
function atClock(instant: string, typed: string): string | null {
  const read = parseClock(typed);
  const parts = read.ok ? clockParts(read.value) : null;
  if (!parts) return null;
  const d = new Date(instant);
  d.setHours(parts.hour, parts.minute, 0, 0);
  return d.toISOString();
}

function IncidentForm({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const { t } = useTranslation();
  const saveIncident = useNotesStore((s) => s.saveIncident);
  const { run, busy, fieldErrors } = useApiAction({
    prefix: ['fields'],
    claims: (key) => key === 'endedAt',
  });
  const [kind, setKind] = useState<IncidentKind>(incident.kind);
  const [note, setNote] = useState(incident.note);
  const [start, setStart] = useState(clockOf(incident.startedAt));
  const [end, setEnd] = useState(incident.endedAt ? clockOf(incident.endedAt) : '');
  const [timeError, setTimeError] = useState<string | null>(null);

  const submit = async () => {
    const startedAt = atClock(incident.startedAt, start);
    const endedAt = end.trim() === '' ? null : atClock(incident.endedAt ?? incident.startedAt, end);
    if (startedAt === null || (end.trim() !== '' && endedAt === null)) {
      setTimeError(t('incidents.badTime'));
      return;
    }
    setTimeError(null);
    const saved = await saveIncident(() =>
      run(
        'incidents.edit',
        { incidentId: incident.id, fields: { kind, note, startedAt, endedAt } },
        t('incidents.saved'),
      ),
    );
    if (saved) onClose();
  };

  return (
    <Stack gap="sm">
      <EnumSelect
        label={t('incidents.kind')}
        values={INCIDENT_KINDS}
        value={kind}
        labelOf={(k) => t(`incidents.kinds.${k}`)}
        onChange={setKind}
      />
      <Group grow>
        <TextInput
          label={t('incidents.start')}
          value={start}
          onChange={(e) => setStart(e.currentTarget.value)}
        />
        <TextInput
          label={t('incidents.end')}
          placeholder={t('incidents.ongoing')}
          value={end}
          error={fieldErrors.endedAt}
          onChange={(e) => setEnd(e.currentTarget.value)}
        />
      </Group>
      {timeError && (
        <Text c="red" size="sm">
          {timeError}
        </Text>
      )}
      <TextInput
        label={t('incidents.note')}
        value={note}
        maxLength={500}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} onClick={() => void submit()}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** How long an incident lasted, or has lasted so far. */
function durationOf(i: Incident): string | null {
  return i.endedAt ? formatDuration(Date.parse(i.endedAt) - Date.parse(i.startedAt)) : null;
}

/** The meeting's incident log, oldest first, each editable and removable. */
export function IncidentsSection({ meetingId, locked }: { meetingId: string; locked: boolean }) {
  const { t } = useTranslation();
  const incidents = useNotesStore((s) => (s.meetingId === meetingId ? s.incidents : null));
  const removeIncident = useNotesStore((s) => s.removeIncident);
  const [editing, setEditing] = useState<Incident | null>(null);

  const confirmRemove = (i: Incident) =>
    modals.openConfirmModal({
      title: t('incidents.removeTitle'),
      children: <Text>{t('incidents.removeBody')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void removeIncident(i.id, () =>
          runAction('incidents.remove', { incidentId: i.id }, { success: t('incidents.removed') }),
        ),
    });

  return (
    <Stack gap="sm" data-testid="incidents">
      <Title order={3} size="h4">
        {t('incidents.title')}
      </Title>
      {incidents?.length === 0 && <Text c="dimmed">{t('incidents.empty')}</Text>}
      {incidents?.map((i) => (
        <Paper key={i.id} withBorder p="xs" data-testid={`incident-${i.id}`}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text fw={600}>{t(`incidents.kinds.${i.kind}`)}</Text>
              <Text size="sm">
                {formatClockSeconds(i.startedAt)} –{' '}
                {i.endedAt ? formatClockSeconds(i.endedAt) : t('incidents.ongoing')}
                {durationOf(i) && ` (${durationOf(i)})`}
              </Text>
              {i.note && (
                <Text size="sm" c="dimmed">
                  {i.note}
                </Text>
              )}
            </div>
            {!locked && (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing(i)}>
                  {t('common.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => confirmRemove(i)}
                >
                  {t('common.delete')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('incidents.editTitle')}
      >
        {editing && <IncidentForm incident={editing} onClose={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
