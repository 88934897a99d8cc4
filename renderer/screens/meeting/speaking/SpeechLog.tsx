import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import { elapsedMs, formatDuration, overrunMs } from '../../../../shared/speaking/timing';
import classes from './Speaking.module.css';
import { SpeechMenu } from './SpeechMenu';
import { SpeechStateBadge } from './SpeechStateBadge';
import { SpeechSummary } from './SpeechSummary';
import { clockOf } from './speechText';

export type LogAction = 'readd' | 'readdNext' | 'edit' | 'attach' | 'open';

interface SpeechLogProps {
  log: Speech[];
  locked: boolean;
  agendaTitle: (id: string | null) => string | null;
  onAction: (speech: Speech, action: LogAction) => void;
}

/**
 * Who spoke, in the order they did, with when they began and how long they spoke; an overrun
 * is said in words and by how much. Requests not called or withdrawn are here too, so the log
 * tells what became of every one. Anyone here can be added again.
 */
export function SpeechLog({ log, locked, agendaTitle, onAction }: SpeechLogProps) {
  const { t } = useTranslation();
  const [menuId, setMenuId] = useState<string | null>(null);

  return (
    <section aria-labelledby="speech-log-title" data-testid="speech-log">
      <Text id="speech-log-title" fw={700} size="lg" mb={4}>
        {t('speaking.log.title', { count: log.length })}
      </Text>
      {log.length === 0 ? (
        <Text c="dimmed">{t('speaking.log.empty')}</Text>
      ) : (
        <ol className={classes.list} aria-labelledby="speech-log-title">
          {log.map((speech, i) => {
            const name = speech.speaker.name;
            const spoke = speech.segments.length > 0;
            // Read at the instant it ended: a finished speech's time no longer runs.
            const endedAt = speech.trail[speech.trail.length - 1]?.at ?? speech.createdAt;
            const over = overrunMs(speech, endedAt);
            const act = (action: LogAction) => () => {
              setMenuId(null);
              onAction(speech, action);
            };
            return (
              <li
                key={speech.id}
                className={`${classes.row} ${classes.logRow}`}
                data-testid={`log-row-${speech.id}`}
                data-speech-state={speech.state}
              >
                <span className={classes.number}>{i + 1}.</span>
                <div className={classes.main}>
                  <SpeechSummary speech={speech} agendaTitle={agendaTitle} />
                </div>
                <div className={classes.meta}>
                  {spoke ? (
                    <>
                      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {t('speaking.log.spokeAt', {
                          time: clockOf(speech.segments[0]!.start),
                          duration: formatDuration(elapsedMs(speech, endedAt)),
                        })}
                      </Text>
                      {over > 0 && (
                        <Text size="sm" className={classes.overrun} data-testid="log-overrun">
                          {t('speaking.log.overrun', { time: formatDuration(over) })}
                        </Text>
                      )}
                    </>
                  ) : (
                    <SpeechStateBadge state={speech.state} origin={speech.origin} />
                  )}
                </div>
                <div className={classes.actions}>
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={locked}
                    onClick={act('readd')}
                    aria-label={t('common.actionFor', {
                      action: t('speaking.actions.readd'),
                      name,
                    })}
                  >
                    {t('speaking.actions.readd')}
                  </Button>
                  <SpeechMenu
                    label={t('common.actionFor', { action: t('speaking.actions.menu'), name })}
                    opened={menuId === speech.id}
                    onChange={(open) => setMenuId(open ? speech.id : null)}
                    entries={[
                      {
                        key: 'readd',
                        label: t('speaking.actions.readd'),
                        onClick: act('readd'),
                        disabled: locked,
                      },
                      {
                        key: 'readdNext',
                        label: t('speaking.actions.readdNext'),
                        onClick: act('readdNext'),
                        disabled: locked,
                      },
                      {
                        key: 'edit',
                        label: t('speaking.actions.edit'),
                        onClick: act('edit'),
                        disabled: locked,
                        divided: true,
                      },
                      {
                        key: 'attach',
                        label: t('speaking.actions.attach'),
                        onClick: act('attach'),
                        disabled: locked,
                      },
                      ...(speech.attachmentName
                        ? [{ key: 'open', label: t('speaking.actions.open'), onClick: act('open') }]
                        : []),
                    ]}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
