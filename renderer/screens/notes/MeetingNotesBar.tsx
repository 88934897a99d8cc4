import { Alert, Button, Group, Kbd, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/api/notesSchemas';
import { INCIDENT_KINDS } from '../../../shared/notes/model';
import { formatDuration } from '../../../shared/speaking/timing';
import { runAction } from '../../api/runAction';
import { useNotesStore, useOpenNotes } from '../../stores/notesStore';
import { useCoreNow, useOpenSpeeches } from '../../stores/speechStore';
import { EnumSelect } from './EnumSelect';
import { MEETING_KEYS, meetingKeyAction } from './meetingKeys';
import { useMeetingNoteActions } from './useMeetingNoteActions';

/** The incident still open, the latest first (the core closes that one on F9). */
export function openIncidentOf(incidents: readonly Incident[] | null): Incident | null {
  return [...(incidents ?? [])].reverse().find((i) => i.endedAt === null) ?? null;
}

function IncidentBanner({ incident, locked }: { incident: Incident; locked: boolean }) {
  const { t } = useTranslation();
  const now = useCoreNow(1000);
  const saveIncident = useNotesStore((s) => s.saveIncident);
  const { closeIncident } = useMeetingNoteActions(incident.meetingId);
  const elapsed = formatDuration(Math.max(0, now - Date.parse(incident.startedAt)));
  return (
    <Alert color="red" variant="filled" py="xs" data-testid="incident-banner" role="status">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Text fw={700}>{t('incidents.banner')}</Text>
          <EnumSelect
            aria-label={t('incidents.kind')}
            size="xs"
            w={240}
            disabled={locked}
            values={INCIDENT_KINDS}
            value={incident.kind}
            labelOf={(k) => t(`incidents.kinds.${k}`)}
            onChange={(kind) =>
              void saveIncident(() =>
                runAction('incidents.edit', { incidentId: incident.id, fields: { kind } }),
              )
            }
          />
          <Text fw={700} ff="monospace" data-testid="incident-elapsed">
            {elapsed}
          </Text>
        </Group>
        <Button color="red" variant="white" disabled={locked} onClick={() => void closeIncident()}>
          {t('incidents.close')} ({MEETING_KEYS.closeIncident})
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * On every tab of a meeting: the keys that open a note or an incident at any moment, and the
 * banner of an incident still open. Mounted once by MeetingScreen; the buttons that do the same
 * for the mouse sit in the header's row of actions (MeetingNoteButtons).
 */
export function MeetingNotesBar({ meetingId, locked }: { meetingId: string; locked: boolean }) {
  useOpenNotes(meetingId);
  // The speech being heard is the core's to find, but the notes tab lists the speeches and
  // the incident timer needs the core's clock, which the speech store keeps.
  useOpenSpeeches(meetingId);
  const incidents = useNotesStore((s) => (s.meetingId === meetingId ? s.incidents : null));
  const actions = useMeetingNoteActions(meetingId);
  const actionsRef = useRef(actions);
  actionsRef.current = actions;

  useEffect(() => {
    if (locked) return;
    // Capture: the keys work while typing in a field that handles keys of its own.
    const onKey = (e: KeyboardEvent) => {
      const action = meetingKeyAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      void actionsRef.current[action]();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [locked]);

  const open = openIncidentOf(incidents);
  return open ? <IncidentBanner incident={open} locked={locked} /> : null;
}

/**
 * The mouse's way to what F2 and F8 do, with the keys written on the buttons. They share the
 * header's row with the meeting's status buttons, so the tab's own content starts higher on a
 * 1366×768 screen.
 */
export function MeetingNoteButtons({ meetingId, locked }: { meetingId: string; locked: boolean }) {
  const { t } = useTranslation();
  const incidents = useNotesStore((s) => (s.meetingId === meetingId ? s.incidents : null));
  const actions = useMeetingNoteActions(meetingId);
  if (locked) return null;
  const open = openIncidentOf(incidents);
  return (
    <Group gap="sm" data-testid="meeting-note-keys">
      <Button variant="light" onClick={() => void actions.newNote()}>
        {t('notes.newNote')}&nbsp;<Kbd size="xs">{MEETING_KEYS.newNote}</Kbd>
      </Button>
      {!open && (
        <Button variant="light" color="orange" onClick={() => void actions.openIncident()}>
          {t('incidents.open')}&nbsp;<Kbd size="xs">{MEETING_KEYS.openIncident}</Kbd>
        </Button>
      )}
      <Text size="sm" c="dimmed">
        {t('notes.keysHint', { close: MEETING_KEYS.closeIncident })}
      </Text>
    </Group>
  );
}
