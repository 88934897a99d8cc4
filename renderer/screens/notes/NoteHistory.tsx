import { Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { Note, NoteVersion } from '../../../shared/api/notesSchemas';
import { api } from '../../api/bridge';
import { runAction } from '../../api/runAction';
import { QueryError } from '../../components/QueryError';
import { toAppError } from '../../api/useApiQuery';
import type { AppError } from '../../../shared/api/errors';
import { formatDateTime } from '../../format/vietnameseDate';
import { useNotesStore } from '../../stores/notesStore';
import { MarkdownView } from './MarkdownView';

interface HistoryOptions {
  note: Note;
  locked: boolean;
  t: TFunction;
  /** Saves what is being typed first, so the list ends with it and a restore starts from it. */
  flush: () => Promise<void>;
  baseVersion: () => number;
  onRestored: (note: Note) => void;
}

function VersionList({ note, locked, t, flush, baseVersion, onRestored }: HistoryOptions) {
  const saveNote = useNotesStore((s) => s.saveNote);
  const [versions, setVersions] = useState<NoteVersion[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stale = false;
    void flush()
      .then(() => api.invoke('notes.versions', { noteId: note.id }))
      .then(
        (r) => !stale && setVersions(r.versions),
        (err: unknown) => !stale && setError(toAppError(err)),
      );
    return () => {
      stale = true;
    };
  }, [note.id, flush, attempt]);

  if (error) return <QueryError error={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!versions) return <Loader />;
  const current = versions[0]?.version;

  const restore = async (version: number) => {
    const restored = await saveNote(() =>
      runAction(
        'notes.restore',
        { noteId: note.id, version, baseVersion: baseVersion() },
        { success: t('notes.restored', { version }) },
      ),
    );
    if (restored) {
      onRestored(restored);
      modals.closeAll();
    }
  };

  return (
    <Stack gap="sm" data-testid="note-versions">
      {versions.map((v) => (
        <Paper key={v.version} withBorder p="sm">
          <Group justify="space-between" mb={4}>
            <Group gap="xs">
              <Text fw={600}>{t('notes.version', { version: v.version })}</Text>
              <Text size="sm" c="dimmed">
                {formatDateTime(v.savedAt)} · {t(`notes.kinds.${v.kind}`)}
              </Text>
              {v.restoredFrom !== null && (
                <Text size="sm" c="dimmed">
                  {t('notes.restoredFrom', { version: v.restoredFrom })}
                </Text>
              )}
            </Group>
            {v.version === current ? (
              <Badge variant="light">{t('notes.currentVersion')}</Badge>
            ) : (
              !locked && (
                <Button size="compact-sm" variant="light" onClick={() => void restore(v.version)}>
                  {t('notes.restore')}
                </Button>
              )
            )}
          </Group>
          {v.body.trim() === '' ? (
            <Text size="sm" c="dimmed">
              {t('notes.previewEmpty')}
            </Text>
          ) : (
            <MarkdownView source={v.body} />
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** Every saved version of a note, newest first, each restorable as a new version. */
export function openNoteHistory(options: HistoryOptions): void {
  modals.open({
    title: options.t('notes.historyTitle'),
    size: 'lg',
    children: <VersionList {...options} />,
  });
}
