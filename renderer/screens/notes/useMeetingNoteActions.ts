import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDuration } from '../../../shared/speaking/timing';
import { runAction } from '../../api/runAction';
import { useNotesStore } from '../../stores/notesStore';

/** What the meeting's keys and buttons do: a note now, an incident opened or closed now. */
export function useMeetingNoteActions(meetingId: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const saveNote = useNotesStore((s) => s.saveNote);
  const saveIncident = useNotesStore((s) => s.saveIncident);
  const requestFocus = useNotesStore((s) => s.requestFocus);

  const newNote = useCallback(async () => {
    // Stamped and linked to the speech being heard by the core, at the moment of the key.
    const note = await saveNote(() => runAction('notes.create', { meetingId }));
    if (!note) return;
    requestFocus(note.id);
    void navigate(`/meetings/${meetingId}/notes`);
  }, [meetingId, saveNote, requestFocus, navigate]);

  const openIncident = useCallback(async () => {
    const kind = useNotesStore.getState().lastIncidentKind;
    await saveIncident(() =>
      runAction(
        'incidents.open',
        { meetingId, kind },
        { success: (i) => t('incidents.opened', { kind: t(`incidents.kinds.${i.kind}`) }) },
      ),
    );
  }, [meetingId, saveIncident, t]);

  const closeIncident = useCallback(async () => {
    await saveIncident(() =>
      runAction(
        'incidents.close',
        { meetingId },
        {
          success: (i) =>
            t('incidents.closed', {
              duration: formatDuration(
                Date.parse(i.endedAt ?? i.startedAt) - Date.parse(i.startedAt),
              ),
            }),
        },
      ),
    );
  }, [meetingId, saveIncident, t]);

  return { newNote, openIncident, closeIncident };
}
