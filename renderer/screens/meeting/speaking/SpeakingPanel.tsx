import { Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import { KeyHint } from '../../../components/KeyHint';
import { openConfirm } from '../../../components/openConfirm';
import { QueryError } from '../../../components/QueryError';
import { useOpenSpeeches, useSpeechStore } from '../../../stores/speechStore';
import { useMeetingContext } from '../meetingContext';
import { attachContribution, openContribution } from './attachments';
import { CurrentSpeech } from './CurrentSpeech';
import classes from './Speaking.module.css';
import type { QueueAction } from './QueueRow';
import { openRoomDisplay } from '../../display/openRoomDisplay';
import type { PanelAction } from './speakingKeys';
import { panelKeyAction, panelKeyLabel } from './speakingKeys';
import { SpeakingStats } from './SpeakingStats';
import type { AgendaFilter, PendingMove } from './speakingView';
import { ALL_ITEMS, NO_ITEM, speakingView } from './speakingView';
import { SpeechFormModal } from './SpeechFormModal';
import type { LogAction } from './SpeechLog';
import { SpeechLog } from './SpeechLog';
import { SpeechQueue } from './SpeechQueue';
import { useFillHeight } from './useFillHeight';
import { useSpeechCommands } from './useSpeechCommands';

/** A confirmation, resolving to what `run` gives once confirmed (undefined if cancelled). */
function askFirst(
  text: { title: string; body: string; confirm: string; cancel: string; color?: string },
  run: () => Promise<unknown>,
): Promise<unknown> {
  return new Promise((resolve) => {
    openConfirm({
      title: text.title,
      children: <Text>{text.body}</Text>,
      labels: { confirm: text.confirm, cancel: text.cancel },
      confirmProps: text.color ? { color: text.color } : {},
      onCancel: () => resolve(undefined),
      onConfirm: () => resolve(run()),
    });
  });
}

/**
 * Phát biểu: the whole conference's speakers' log as this point follows it. The speech in
 * progress with its timer, the queue (the center's speakers, other points', and this point's
 * own requests with their trail), the log of those who spoke, and the statistics.
 *
 * Keyboard first: the four commands of the moment have Alt keys that work anywhere on the tab
 * (shown on their buttons), the queue is one Tab stop whose rows take single keys (shown above
 * it), and every action is also in each row's menu.
 */
export function SpeakingPanel() {
  const { t } = useTranslation();
  const { meeting, invitees, locked } = useMeetingContext();
  useOpenSpeeches(meeting.id);
  const store = useSpeechStore();
  const commands = useSpeechCommands(meeting.id);
  const [filter, setFilter] = useState<AgendaFilter>(ALL_ITEMS);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const [form, setForm] = useState<{ opened: boolean; speech: Speech | null }>({
    opened: false,
    speech: null,
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const columnsRef = useRef<HTMLDivElement>(null);

  const attachFor = useRef<string | null>(null);

  const speeches = store.meetingId === meeting.id ? store.speeches : null;
  const columnsHeight = useFillHeight(columnsRef, speeches !== null);
  const view = useMemo(
    () => speakingView(speeches ?? [], filter, pendingMove),
    [speeches, filter, pendingMove],
  );
  const allWaitingIds = useMemo(() => view.allWaiting.map((s) => s.id), [view.allWaiting]);

  const titles = useMemo(() => new Map(meeting.agenda.map((a) => [a.id, a.title])), [meeting]);
  const agendaTitle = useCallback(
    (id: string | null) => (id === null ? null : (titles.get(id) ?? null)),
    [titles],
  );

  // A new speech is filed under what is being discussed: the item filtered on, else the
  // item of the speech in progress or the last one heard, else the only item there is.
  const defaultItemId = useMemo(() => {
    if (filter !== ALL_ITEMS) return filter === NO_ITEM ? null : filter;
    const heard = view.current ?? [...view.log].reverse().find((s) => s.segments.length > 0);
    if (heard) return heard.agendaItemId;
    return meeting.agenda.length === 1 ? meeting.agenda[0]!.id : null;
  }, [filter, view, meeting.agenda]);

  const move = useCallback(
    async (speechId: string, afterId: string | null) => {
      setPendingMove({ speechId, afterId });
      try {
        return await commands.move(speechId, afterId);
      } finally {
        setPendingMove(null);
      }
    },
    [commands],
  );

  const confirmRemove = useCallback(
    (speech: Speech) =>
      askFirst(
        {
          title: t('speaking.remove.title'),
          body: t('speaking.remove.body', { name: speech.speaker.name }),
          confirm: t('speaking.actions.remove'),
          cancel: t('common.cancel'),
          color: 'red',
        },
        () => commands.remove(speech.id, t('speaking.remove.done', { name: speech.speaker.name })),
      ),
    [commands, t],
  );

  // Starting a speech ends the one in progress (the core's rule): said before it is done,
  // since "Bắt đầu" on a row does not say it. "End and call the next speaker" says it already.
  const { current } = view;
  const confirmStart = useCallback(
    (speech: Speech) => {
      const start = () => commands.act('start', speech.id);
      if (!current || current.id === speech.id) return start();
      return askFirst(
        {
          title: t('speaking.start.title'),
          body: t('speaking.start.body', {
            current: current.speaker.name,
            name: speech.speaker.name,
          }),
          confirm: t('speaking.start.confirm'),
          cancel: t('common.cancel'),
        },
        start,
      );
    },
    [commands, current, t],
  );

  const chooseFile = useCallback((speech: Speech) => {
    attachFor.current = speech.id;
    fileInput.current?.click();
  }, []);

  /** Every action on one speech, from a queue row, a log row or their menus. */
  const onSpeechAction = useCallback(
    async (speech: Speech, action: QueueAction | LogAction): Promise<unknown> => {
      switch (action) {
        case 'edit':
          return setForm({ opened: true, speech });
        case 'attach':
          return chooseFile(speech);
        case 'open':
          return openContribution(speech.id);
        case 'remove':
          return confirmRemove(speech);
        case 'next':
          return move(speech.id, null);
        case 'start':
          return confirmStart(speech);
        case 'readd':
        case 'readdNext':
          return commands.act('readd', speech.id, {
            place: action === 'readdNext' ? 'next' : 'end',
            success: t('speaking.readded', { name: speech.speaker.name }),
          });
        default:
          return commands.act(action, speech.id);
      }
    },
    [chooseFile, confirmRemove, confirmStart, move, commands, t],
  );

  const onCommand = useCallback(
    (action: PanelAction) => {
      if (locked) return;
      switch (action) {
        case 'add':
          return setForm({ opened: true, speech: null });
        case 'startNext':
          return void commands.act('startNext');
        case 'end':
          return void (current && commands.act('end'));
        case 'pauseResume':
          if (!current) return;
          return void commands.act(current.state === 'paused' ? 'resume' : 'pause');
      }
    },
    [locked, commands, current],
  );

  // The Alt keys work anywhere on the tab, but not inside a dialog (the form, a
  // confirmation), where the operator is doing something else.
  const onCommandRef = useRef(onCommand);
  useEffect(() => {
    onCommandRef.current = onCommand;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('[role="dialog"]')) return;
      const action = panelKeyAction(e);
      if (!action) return;
      e.preventDefault();
      onCommandRef.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (store.meetingId === meeting.id && store.error && speeches === null) {
    return <QueryError error={store.error} onRetry={() => store.open(meeting.id)} />;
  }
  if (speeches === null) return <Loader />;

  const filterOptions = [
    { value: ALL_ITEMS, label: t('speaking.filterAll') },
    ...meeting.agenda.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.title}` })),
    { value: NO_ITEM, label: t('speaking.noItem') },
  ];

  const toolbar = (
    <Group gap="xs">
      {meeting.agenda.length > 0 && (
        <Select
          aria-label={t('speaking.filter')}
          data={filterOptions}
          value={filter}
          allowDeselect={false}
          onChange={(v) => setFilter(v ?? ALL_ITEMS)}
          w={180}
          comboboxProps={{ width: 320, position: 'bottom-end' }}
          data-testid="speaking-filter"
        />
      )}
      <Button
        disabled={locked}
        onClick={() => onCommand('add')}
        aria-keyshortcuts={panelKeyLabel('add')}
        rightSection={<KeyHint label={panelKeyLabel('add')} />}
      >
        {t('speaking.add')}
      </Button>
    </Group>
  );

  return (
    <Stack gap="md" data-testid="speaking-panel">
      <CurrentSpeech
        current={current}
        next={view.next}
        agendaTitle={agendaTitle}
        locked={locked}
        busy={commands.busy}
        onCommand={onCommand}
        onEdit={(speech) => setForm({ opened: true, speech })}
        onOpenAttachment={(speech) => void openContribution(speech.id)}
        onOpenDisplay={() => void openRoomDisplay(meeting.id)}
      />

      <div ref={columnsRef} className={classes.columns} style={{ height: columnsHeight }}>
        <SpeechQueue
          waiting={view.waiting}
          allWaitingIds={allWaitingIds}
          locked={locked}
          agendaTitle={agendaTitle}
          onMove={move}
          onAction={onSpeechAction}
          toolbar={toolbar}
        />
        <SpeechLog
          log={view.log}
          total={view.logTotal}
          locked={locked}
          agendaTitle={agendaTitle}
          onAction={onSpeechAction}
        />
      </div>

      <SpeakingStats meeting={meeting} agendaTitle={agendaTitle} />

      <SpeechFormModal
        opened={form.opened}
        onClose={() => setForm((f) => ({ ...f, opened: false }))}
        meeting={meeting}
        invitees={invitees}
        speech={form.speech}
        defaultItemId={defaultItemId}
      />
      <input
        ref={fileInput}
        type="file"
        hidden
        data-testid="speech-attachment-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          const speechId = attachFor.current;
          e.currentTarget.value = '';
          if (file && speechId) void attachContribution(speechId, file);
        }}
      />
    </Stack>
  );
}
