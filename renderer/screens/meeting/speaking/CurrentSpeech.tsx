import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import {
  elapsedMs,
  formatDuration,
  remainingMs,
  timerPhase,
} from '../../../../shared/speaking/timing';
import { KeyHint } from '../../../components/KeyHint';
import { useCoreNow } from '../../../stores/speechStore';
import classes from './Speaking.module.css';
import type { PanelAction } from './speakingKeys';
import { panelKeyLabel } from './speakingKeys';
import { WarningIcon } from './speakingIcons';
import { SpeechStateBadge, SpeechStateIcon } from './SpeechStateBadge';
import { allottedText, originText } from './speechText';

interface CurrentSpeechProps {
  current: Speech | null;
  next: Speech | null;
  agendaTitle: (id: string | null) => string | null;
  locked: boolean;
  busy: boolean;
  onCommand: (action: PanelAction) => void;
  onEdit: (speech: Speech) => void;
  onOpenAttachment: (speech: Speech) => void;
  onOpenDisplay: () => void;
}

/**
 * The timer, from the stored starts, pauses and resumes on the core's clock (useCoreNow): a
 * restart of the app or of the page shows the same second, since nothing is counted here.
 * Only this part re-renders as the clock ticks.
 */
function SpeechTimer({ speech }: { speech: Speech }) {
  const { t } = useTranslation();
  const now = useCoreNow(250);
  const elapsed = elapsedMs(speech, now);
  const left = remainingMs(speech, now);
  const phase = timerPhase(speech, now);
  // Said in words and with an icon, not only in colour; announced when it changes, not every
  // second (the digits themselves are not in the live region).
  const phaseText =
    speech.state === 'paused'
      ? t('speaking.current.paused')
      : phase === 'last_minute'
        ? t('speaking.current.lastMinute')
        : phase === 'overrun'
          ? t('speaking.current.overrun')
          : '';
  return (
    <div
      className={classes.timer}
      data-phase={phase}
      data-paused={speech.state === 'paused'}
      data-testid="speech-timer"
    >
      <Text size="sm" c="dimmed">
        {t('speaking.current.elapsed')}
      </Text>
      <Text size="sm" c="dimmed">
        {left === null
          ? t('speaking.noLimit')
          : left < 0
            ? t('speaking.current.overrunBy')
            : t('speaking.current.remaining')}
      </Text>
      <span className={classes.digits} data-testid="speech-elapsed">
        {formatDuration(elapsed)}
      </span>
      <span className={`${classes.digits} ${classes.remaining}`} data-testid="speech-remaining">
        {left === null ? '–' : left < 0 ? `+${formatDuration(-left)}` : formatDuration(left)}
      </span>
      <div className={classes.phase} role="status" data-testid="speech-phase">
        {speech.state === 'paused' ? (
          <SpeechStateIcon state="paused" />
        ) : (
          (phase === 'last_minute' || phase === 'overrun') && <WarningIcon />
        )}
        {phaseText || (
          // In the phase's place while there is none: the time given, which does not change.
          <Text span size="sm" c="dimmed" fw={400} data-testid="speech-allotted">
            {t('speaking.current.allotted', { time: allottedText(speech.allottedSeconds, t) })}
          </Text>
        )}
      </div>
    </div>
  );
}

/**
 * Who has the floor now, their timer, and the commands of the moment with their keys. Kept
 * short (a name line, a line of context, a row of commands, who is next) so the queue below
 * keeps most of a 1366×768 screen.
 */
export function CurrentSpeech({
  current,
  next,
  agendaTitle,
  locked,
  busy,
  onCommand,
  onEdit,
  onOpenAttachment,
  onOpenDisplay,
}: CurrentSpeechProps) {
  const { t } = useTranslation();
  const command = (action: PanelAction, text: string, props: { disabled?: boolean } = {}) => (
    <Button
      key={action}
      variant={action === 'startNext' ? 'filled' : 'default'}
      disabled={locked || busy || props.disabled}
      onClick={() => onCommand(action)}
      aria-keyshortcuts={panelKeyLabel(action)}
      rightSection={<KeyHint label={panelKeyLabel(action)} />}
    >
      {text}
    </Button>
  );
  const item = current ? agendaTitle(current.agendaItemId) : null;

  return (
    <Paper
      withBorder
      px="md"
      py="xs"
      className={classes.current}
      data-state={current?.state ?? 'none'}
      data-testid="current-speech"
      component="section"
      aria-labelledby="current-speech-title"
    >
      <Group justify="space-between" align="flex-start" gap="lg">
        {/* Beside the timer while there is room for both; above it in a narrow window. */}
        <Stack gap={2} miw={0} className={classes.currentInfo}>
          <Group gap="xs" mih={24}>
            <Text id="current-speech-title" size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('speaking.current.title')}
            </Text>
            {current && <SpeechStateBadge state={current.state} origin={current.origin} />}
            {current && (
              <Button
                size="compact-xs"
                variant="subtle"
                disabled={locked}
                onClick={() => onEdit(current)}
                aria-label={t('common.actionFor', {
                  action: t('speaking.actions.edit'),
                  name: current.speaker.name,
                })}
              >
                {t('speaking.actions.edit')}
              </Button>
            )}
            {current?.attachmentName && (
              <Button size="compact-xs" variant="subtle" onClick={() => onOpenAttachment(current)}>
                {t('speaking.actions.open')}
              </Button>
            )}
            <Button size="compact-xs" variant="light" onClick={onOpenDisplay}>
              {t('speaking.openDisplay')}
            </Button>
          </Group>
          {current ? (
            <>
              <Title order={2} size="h3" lh={1.3} className={classes.currentName}>
                <span data-testid="current-speaker">{current.speaker.name}</span>
                {current.speaker.position && (
                  <Text span inherit fw={400}>
                    {' – '}
                    {current.speaker.position}
                  </Text>
                )}
              </Title>
              <Text size="sm" lineClamp={1}>
                {[originText(current.origin, t), item, current.topic].filter(Boolean).join(' · ')}
              </Text>
            </>
          ) : (
            <Text size="lg" py={4}>
              {t('speaking.current.none')}
            </Text>
          )}
        </Stack>
        {current && <SpeechTimer speech={current} />}
      </Group>
      <Group mt={8} gap="md" justify="space-between">
        <Group gap="xs">
          {current &&
            (current.state === 'paused'
              ? command('pauseResume', t('speaking.current.resume'))
              : command('pauseResume', t('speaking.current.pause')))}
          {current && command('end', t('speaking.current.end'))}
          {command(
            'startNext',
            current ? t('speaking.current.endAndNext') : t('speaking.current.startNext'),
            { disabled: next === null },
          )}
        </Group>
        <Text size="sm" truncate="end" className={classes.nextSpeaker} data-testid="next-speaker">
          {next
            ? t('speaking.current.next', {
                name: next.speaker.name,
                origin: originText(next.origin, t),
              })
            : t('speaking.current.noNext')}
        </Text>
      </Group>
    </Paper>
  );
}
