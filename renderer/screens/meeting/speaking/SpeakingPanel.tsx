import { Button, Grid, Group, Kbd, Loader, Select, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import { QueryError } from '../../../components/QueryError';
import { useOpenSpeeches, useSpeechStore } from '../../../stores/speechStore';
import { useMeetingContext } from '../meetingContext';
import { attachContribution, openContribution } from './attachments';
import { CurrentSpeech } from './CurrentSpeech';
import type { QueueAction } from './QueueRow';
import { openRoomDisplay } from './roomDisplay';
import type { PanelAction } from './speakingKeys';
import { panelKeyAction, panelKeyLabel } from './speakingKeys';
import { SpeakingStats } from './SpeakingStats';
import type { AgendaFilter, PendingMove } from './speakingView';
import { ALL_ITEMS, NO_ITEM, speakingView } from './speakingView';
import { SpeechFormModal } from './SpeechFormModal';
import type { LogAction } from './SpeechLog';
import { SpeechLog } from './SpeechLog';
import { SpeechQueue } from './SpeechQueue';
import { useSpeechCommands } from './useSpeechCommands';

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
  const attachFor = useRef<string | null>(null);

  const speeches = store.meetingId === meeting.id ? store.speeches : null;
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
      new Promise<unknown>((resolve) => {
        modals.openConfirmModal({
          title: t('speaking.remove.title'),
          children: <Text>{t('speaking.remove.body', { name: speech.speaker.name })}</Text>,
          labels: { confirm: t('speaking.actions.remove'), cancel: t('common.cancel') },
          confirmProps: { color: 'red' },
          onCancel: () => resolve(undefined),
          onConfirm: () =>
            resolve(
              commands.remove(speech.id, t('speaking.remove.done', { name: speech.speaker.name })),
            ),
        });
      }),
    [commands, t],
  );

  const chooseFile = useCallback((speech: Speech) => {
    attachFor.current = speech.id;
    fileInput.current?.click();
  }, []);

  const onQueueAction = useCallback(
    async (speech: Speech, action: QueueAction): Promise<unknown> => {
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
        default:
          return commands.act(action, speech.id);
      }
    },
    [chooseFile, confirmRemove, move, commands],
  );

  const onLogAction = useCallback(
    (speech: Speech, action: LogAction) => {
      switch (action) {
        case 'edit':
          return setForm({ opened: true, speech });
        case 'attach':
          return chooseFile(speech);
        case 'open':
          return void openContribution(speech.id);
        case 'readd':
        case 'readdNext':
          return void commands.act('readd', speech.id, {
            place: action === 'readdNext' ? 'next' : 'end',
            success: t('speaking.readded', { name: speech.speaker.name }),
          });
      }
    },
    [chooseFile, commands, t],
  );

  const { current } = view;
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

  return (
    <Stack gap="md" data-testid="speaking-panel">
      <Group justify="space-between" align="flex-end">
        <Group gap="xs">
          <Button
            disabled={locked}
            onClick={() => onCommand('add')}
            aria-keyshortcuts={panelKeyLabel('add')}
            rightSection={
              <span aria-hidden>
                <Kbd size="xs">{panelKeyLabel('add')}</Kbd>
              </span>
            }
          >
            {t('speaking.add')}
          </Button>
          <Button variant="default" onClick={() => openRoomDisplay(meeting.id)}>
            {t('speaking.openDisplay')}
          </Button>
        </Group>
        <Select
          label={t('speaking.filter')}
          data={filterOptions}
          value={filter}
          allowDeselect={false}
          onChange={(v) => setFilter(v ?? ALL_ITEMS)}
          w={320}
          disabled={meeting.agenda.length === 0}
        />
      </Group>

      <CurrentSpeech
        current={current}
        next={view.next}
        agendaTitle={agendaTitle}
        locked={locked}
        busy={commands.busy}
        onCommand={onCommand}
        onEdit={(speech) => setForm({ opened: true, speech })}
        onOpenAttachment={(speech) => void openContribution(speech.id)}
      />

      <Grid gutter="lg">
        <Grid.Col span={7}>
          <SpeechQueue
            waiting={view.waiting}
            allWaitingIds={allWaitingIds}
            locked={locked}
            agendaTitle={agendaTitle}
            onMove={move}
            onAction={onQueueAction}
          />
        </Grid.Col>
        <Grid.Col span={5}>
          <SpeechLog
            log={view.log}
            locked={locked}
            agendaTitle={agendaTitle}
            onAction={onLogAction}
          />
        </Grid.Col>
      </Grid>

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
