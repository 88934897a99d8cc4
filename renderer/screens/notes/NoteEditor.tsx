import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/api/errors';
import type { Note, NoteFields } from '../../../shared/api/notesSchemas';
import type { Speech } from '../../../shared/api/speakingSchemas';
import type { Meeting } from '../../../shared/api/schemas';
import { NOTE_KINDS } from '../../../shared/notes/model';
import { api } from '../../api/bridge';
import { runAction } from '../../api/runAction';
import { DateField } from '../../components/DateField';
import { errorText } from '../../errors/translateError';
import { formatClockSeconds } from '../../format/vietnameseDate';
import { useNotesStore } from '../../stores/notesStore';
import { EnumSelect } from './EnumSelect';
import { NoteBody } from './NoteBody';
import { openNoteHistory } from './NoteHistory';
import { SaveStatus } from './SaveStatus';
import { useNoteAutosave } from './useNoteAutosave';

interface NoteEditorProps {
  note: Note;
  meeting: Meeting;
  speeches: readonly Speech[];
  locked: boolean;
  /** Just opened by the operator: take the focus. */
  focus: boolean;
  /** Reached from a search hit: show where it is. */
  highlighted: boolean;
}

const NONE = '';

const fieldsOf = (n: NoteFields): NoteFields => ({
  kind: n.kind,
  body: n.body,
  agendaItemId: n.agendaItemId,
  speechId: n.speechId,
  taskOwner: n.taskOwner,
  taskDeadline: n.taskDeadline,
});

export function speechLabel(s: Speech): string {
  return s.topic ? `${s.speaker.name} — ${s.topic}` : s.speaker.name;
}

/**
 * One note: when it was taken, its kind, what it belongs to (agenda item, speech), a task's
 * owner and deadline, and its text. Everything edited here is the editor's own state, saved by
 * the autosave; the store's copy of the note only replaces it when another window saved a
 * newer version while nothing is being typed here.
 *
 * Memoised: an autosave's answer replaces one note in the store, and the other editors of a
 * long meeting need not re-render for it.
 */
export const NoteEditor = memo(function NoteEditor({
  note,
  meeting,
  speeches,
  locked,
  focus,
  highlighted,
}: NoteEditorProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<NoteFields>(() => fieldsOf(note));
  const { autosave, state } = useNoteAutosave(note);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const composing = useRef(false);
  const focusHandled = useNotesStore((s) => s.focusHandled);
  const removeNote = useNotesStore((s) => s.removeNote);

  // The latest fields, read by edits made before React re-rendered (two keys in one frame).
  const current = useRef(fields);
  const show = (next: NoteFields) => {
    current.current = next;
    setFields(next);
  };
  const edit = (change: Partial<NoteFields>) => {
    const next = { ...current.current, ...change };
    show(next);
    // Every save carries every field: notes.save fills a field left out with its default
    // (an empty body or owner), so a save of the kind alone would empty the text.
    autosave.edit(next);
  };

  // Another window saved a newer version: show it, unless the operator is writing here.
  useEffect(() => {
    const busy =
      autosave.dirty() || composing.current || card.current?.contains(document.activeElement);
    if (note.version > autosave.version() && !busy) {
      show(fieldsOf(note));
      autosave.reset(note.version);
    }
  }, [note, autosave]);

  useEffect(() => {
    if (!focus) return;
    textarea.current?.focus();
    card.current?.scrollIntoView({ block: 'nearest' });
    focusHandled();
  }, [focus, focusHandled]);

  useEffect(() => {
    if (highlighted) card.current?.scrollIntoView({ block: 'center' });
  }, [highlighted]);

  const conflictCurrent = (): number => {
    const err = state.kind === 'conflict' ? state.error : null;
    const current = err instanceof AppError ? err.details?.current : undefined;
    return typeof current === 'number' ? current : autosave.version();
  };

  /** Takes the saved text, dropping what was typed since the conflict. */
  const reload = async () => {
    const { versions } = await api.invoke('notes.versions', { noteId: note.id });
    const latest = versions[0];
    if (!latest) return;
    show(fieldsOf(latest));
    autosave.reset(latest.version);
  };

  /** Keeps the text on screen, saved over the newer version. */
  const keepMine = () => {
    autosave.edit(current.current);
    autosave.rebase(conflictCurrent());
  };

  const confirmRemove = () =>
    modals.openConfirmModal({
      title: t('notes.removeTitle'),
      children: <Text>{t('notes.removeBody')}</Text>,
      labels: { confirm: t('notes.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void removeNote(note.id, async () => {
          await autosave.flush();
          autosave.dispose();
          return runAction('notes.remove', { noteId: note.id }, { success: t('notes.removed') });
        });
      },
    });

  const readOnly = locked || state.kind === 'conflict';
  const time = formatClockSeconds(note.takenAt);
  const agendaData = [
    { value: NONE, label: t('notes.noAgendaItem') },
    ...meeting.agenda.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.title}` })),
  ];
  const speechData = [
    { value: NONE, label: t('notes.noSpeech') },
    ...speeches.map((s) => ({ value: s.id, label: speechLabel(s) })),
  ];
  /** What the note belongs to, or nothing: an agenda item or a speech. */
  const linkSelect = (
    field: 'agendaItem' | 'speech',
    value: string | null,
    data: { value: string; label: string }[],
    onChange: (id: string | null) => void,
  ) => (
    <Select
      aria-label={t(`notes.${field}`)}
      title={t(`notes.${field}`)}
      style={{ flex: 1, minWidth: 0 }}
      disabled={locked}
      allowDeselect={false}
      searchable
      value={value ?? NONE}
      data={data}
      onChange={(v) => onChange(v ? v : null)}
    />
  );
  const composition = {
    onCompositionStart: () => {
      composing.current = true;
      autosave.compositionStart();
    },
    onCompositionEnd: () => {
      composing.current = false;
      autosave.compositionEnd();
    },
  };

  const actions = (
    <>
      <SaveStatus state={state} />
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() =>
          openNoteHistory({
            note,
            locked,
            t,
            flush: () => autosave.flush(),
            baseVersion: () => autosave.version(),
            onRestored: (restored) => {
              show(fieldsOf(restored));
              autosave.reset(restored.version);
            },
          })
        }
      >
        {t('notes.history')}
      </Button>
      {!locked && (
        <Button size="compact-sm" variant="subtle" color="red" onClick={confirmRemove}>
          {t('notes.remove')}
        </Button>
      )}
    </>
  );

  return (
    <Paper
      ref={card}
      withBorder
      p="sm"
      data-testid="note-card"
      data-note-id={note.id}
      data-highlighted={highlighted || undefined}
      style={highlighted ? { borderColor: 'var(--mantine-color-yellow-6)', borderWidth: 2 } : {}}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="center">
          <Badge variant="light" size="lg" radius="sm" title={t('notes.takenAt')} miw={92}>
            {time}
          </Badge>
          <EnumSelect
            aria-label={t('notes.kind')}
            data-testid="note-kind"
            w={170}
            disabled={locked}
            values={NOTE_KINDS}
            value={fields.kind}
            labelOf={(k) => t(`notes.kinds.${k}`)}
            onChange={(kind) => edit({ kind })}
          />
          {linkSelect('agendaItem', fields.agendaItemId, agendaData, (agendaItemId) =>
            edit({ agendaItemId }),
          )}
          {linkSelect('speech', fields.speechId, speechData, (speechId) => edit({ speechId }))}
        </Group>
        {state.kind === 'conflict' && (
          <Paper bg="orange.0" p="xs" role="alert">
            <Text size="sm" mb={6}>
              {t('notes.conflict')}
            </Text>
            <Group gap="xs">
              <Button size="compact-sm" onClick={() => void reload()}>
                {t('notes.conflictReload')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={keepMine}>
                {t('notes.conflictKeep')}
              </Button>
            </Group>
          </Paper>
        )}
        {state.kind === 'failed' && (
          <Text size="sm" c="red" role="alert">
            {t('notes.failed', { error: errorText(state.error) })}
          </Text>
        )}
        {fields.kind === 'task' && (
          <Group grow gap="xs" align="flex-start">
            <TextInput
              label={t('notes.taskOwner')}
              readOnly={readOnly}
              value={fields.taskOwner}
              maxLength={200}
              onChange={(e) => edit({ taskOwner: e.currentTarget.value })}
              onBlur={() => void autosave.flush()}
              {...composition}
            />
            <DateField
              label={t('notes.taskDeadline')}
              disabled={locked}
              value={fields.taskDeadline ?? ''}
              onChange={(iso) => edit({ taskDeadline: iso === '' ? null : iso })}
            />
          </Group>
        )}
        <NoteBody
          textareaRef={textarea}
          label={t('notes.bodyLabel', { time })}
          value={fields.body}
          readOnly={readOnly}
          onChange={(body) => edit({ body })}
          onBlur={() => void autosave.flush()}
          actions={actions}
          {...composition}
        />
      </Stack>
    </Paper>
  );
});
