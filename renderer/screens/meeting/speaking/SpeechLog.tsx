import { Button, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import { elapsedMs, formatDuration, overrunMs } from '../../../../shared/speaking/timing';
import classes from './Speaking.module.css';
import type { MenuEntry } from '../../../components/RowActionsMenu';
import { WarningIcon } from './speakingIcons';
import { RowActionsMenu } from '../../../components/RowActionsMenu';
import { SpeechStateBadge } from './SpeechStateBadge';
import { SpeechSummary } from './SpeechSummary';
import { clockOf } from './speechText';

export type LogAction = 'readd' | 'readdNext' | 'edit' | 'attach' | 'open';

interface SpeechLogProps {
  log: Speech[];
  /** Every finished speech, whatever the filter (the title says "shown/all" when filtered). */
  total: number;
  locked: boolean;
  agendaTitle: (id: string | null) => string | null;
  onAction: (speech: Speech, action: LogAction) => void;
}

function logEntries(
  speech: Speech,
  locked: boolean,
  t: TFunction,
  act: (action: LogAction) => () => void,
): MenuEntry[] {
  const entry = (action: LogAction, extra: Partial<MenuEntry> = {}): MenuEntry => ({
    key: action,
    label: t(`speaking.actions.${action}`),
    onClick: act(action),
    disabled: locked,
    ...extra,
  });
  return [
    entry('readd'),
    entry('readdNext'),
    entry('edit', { divided: true }),
    entry('attach'),
    ...(speech.attachmentName ? [entry('open', { disabled: false })] : []),
  ];
}

interface LogRowProps {
  speech: Speech;
  number: number;
  top: number;
  measure: (el: HTMLElement | null) => void;
  index: number;
  count: number;
  locked: boolean;
  menuOpen: boolean;
  agendaTitle: (id: string | null) => string | null;
  onAction: (speech: Speech, action: LogAction) => void;
  onMenu: (id: string | null) => void;
}

const LogRow = memo(function LogRow({
  speech,
  number,
  top,
  measure,
  index,
  count,
  locked,
  menuOpen,
  agendaTitle,
  onAction,
  onMenu,
}: LogRowProps) {
  const { t } = useTranslation();
  const name = speech.speaker.name;
  const spoke = speech.segments.length > 0;
  // Read at the instant it ended: a finished speech's time no longer runs.
  const endedAt = speech.trail[speech.trail.length - 1]?.at ?? speech.createdAt;
  const over = overrunMs(speech, endedAt);
  const act = (action: LogAction) => () => {
    onMenu(null);
    onAction(speech, action);
  };
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={`${classes.row} ${classes.logRow}`}
      style={{ top }}
      data-testid={`log-row-${speech.id}`}
      data-speech-state={speech.state}
    >
      <span className={classes.number}>{number}.</span>
      <div className={classes.main}>
        <SpeechSummary speech={speech} agendaTitle={agendaTitle} />
        <div className={classes.logMeta}>
          {spoke ? (
            <>
              <Text size="sm" className={classes.tabular}>
                {t('speaking.log.spokeAt', {
                  time: clockOf(speech.segments[0]!.start),
                  duration: formatDuration(elapsedMs(speech, endedAt)),
                })}
              </Text>
              {over > 0 && (
                <Text size="sm" className={classes.overrun} data-testid="log-overrun">
                  <WarningIcon size="1em" />
                  {t('speaking.log.overrun', { time: formatDuration(over) })}
                </Text>
              )}
            </>
          ) : (
            <SpeechStateBadge state={speech.state} origin={speech.origin} />
          )}
          <Button
            className={classes.logReadd}
            size="compact-xs"
            variant="default"
            disabled={locked}
            onClick={act('readd')}
            aria-label={t('common.actionFor', { action: t('speaking.actions.readd'), name })}
          >
            {t('speaking.actions.readd')}
          </Button>
        </div>
      </div>
      <div className={classes.actions}>
        <RowActionsMenu
          label={t('common.actionFor', { action: t('speaking.actions.menu'), name })}
          opened={menuOpen}
          onChange={(open) => onMenu(open ? speech.id : null)}
          entries={logEntries(speech, locked, t, act)}
        />
      </div>
    </li>
  );
});

/**
 * Who spoke, in the order they did, with when they began and how long they spoke; an overrun
 * is said in words and by how much. Requests not called or withdrawn are here too, so the log
 * tells what became of every one. Anyone here can be added again. Virtualized like the queue,
 * and kept at its newest entry as the meeting goes on.
 */
export function SpeechLog({ log, total, locked, agendaTitle, onAction }: SpeechLogProps) {
  const { t } = useTranslation();
  const [menuId, setMenuId] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: log.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (log[i]!.origin.kind === 'local' ? 92 : 74),
    getItemKey: (i) => log[i]!.id,
    overscan: 6,
    useFlushSync: false,
  });

  // A new entry (someone started speaking earlier and has now finished) is shown: the end of
  // the log is what the operator looks for during the meeting.
  const shownCount = useRef(0);
  useEffect(() => {
    if (log.length > shownCount.current && log.length > 0) {
      virtualizer.scrollToIndex(log.length - 1, { align: 'end' });
    }
    shownCount.current = log.length;
  }, [log.length, virtualizer]);

  return (
    <section aria-labelledby="speech-log-title" data-testid="speech-log" className={classes.column}>
      <div className={classes.paneHeader}>
        <Text id="speech-log-title" fw={700} size="lg" className={classes.paneTitle}>
          {log.length === total
            ? t('speaking.log.title', { count: log.length })
            : t('speaking.log.titleFiltered', { count: log.length, total })}
        </Text>
      </div>
      <div ref={scroller} className={classes.pane}>
        {log.length === 0 ? (
          <Text c="dimmed" p="sm">
            {t('speaking.log.empty')}
          </Text>
        ) : (
          <ol
            className={classes.list}
            style={{ height: virtualizer.getTotalSize() }}
            aria-labelledby="speech-log-title"
          >
            {virtualizer.getVirtualItems().map((v) => {
              const speech = log[v.index]!;
              return (
                <LogRow
                  key={speech.id}
                  speech={speech}
                  number={v.index + 1}
                  top={v.start}
                  measure={virtualizer.measureElement}
                  index={v.index}
                  count={log.length}
                  locked={locked}
                  menuOpen={menuId === speech.id}
                  agendaTitle={agendaTitle}
                  onAction={onAction}
                  onMenu={setMenuId}
                />
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
