import { Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Speech } from '../../../shared/api/speakingSchemas';
import { QueryError } from '../../components/QueryError';
import { useNotesStore } from '../../stores/notesStore';
import { useSpeechStore } from '../../stores/speechStore';
import { useMeetingContext } from '../meeting/meetingContext';
import { IncidentsSection } from './IncidentsSection';
import { MEETING_KEYS } from './meetingKeys';
import { NoteEditor } from './NoteEditor';

const NO_SPEECHES: readonly Speech[] = [];

/**
 * `#/meetings/:id/notes[?note=<id>]`: the meeting's notes, newest first (the one being written
 * is at the top), beside the incident log. `?note=` comes from a search hit: that note is
 * shown framed and scrolled to.
 */
export function NotesPanel() {
  const { t } = useTranslation();
  const { meeting, locked } = useMeetingContext();
  const [params] = useSearchParams();
  const highlighted = params.get('note');
  const state = useNotesStore();
  const speeches = useSpeechStore((s) => (s.meetingId === meeting.id ? s.speeches : null));
  const notes = state.meetingId === meeting.id ? state.notes : null;

  if (state.error && !notes) {
    return <QueryError error={state.error} onRetry={() => state.open(meeting.id)} />;
  }
  if (!notes) return <Loader />;

  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, lg: 9 }}>
        <Stack gap="sm" data-testid="notes-list">
          <Title order={3} size="h4">
            {t('notes.title', { count: notes.length })}
          </Title>
          {notes.length === 0 && (
            <Text c="dimmed">{t('notes.empty', { key: MEETING_KEYS.newNote })}</Text>
          )}
          {[...notes].reverse().map((note) => (
            <NoteEditor
              key={note.id}
              note={note}
              meeting={meeting}
              speeches={speeches ?? NO_SPEECHES}
              locked={locked}
              focus={state.focusNoteId === note.id}
              highlighted={highlighted === note.id}
            />
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 3 }}>
        <IncidentsSection meetingId={meeting.id} locked={locked} />
      </Grid.Col>
    </Grid>
  );
}
