import { Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import {
  elapsedMs,
  formatDuration,
  remainingMs,
  timerPhase,
} from '../../../../shared/speaking/timing';
import { useCoreNow } from '../../../stores/speechStore';
import classes from './Speaking.module.css';
import type { PanelAction } from './speakingKeys';
import { panelKeyLabel } from './speakingKeys';
import { SpeechStateBadge } from './SpeechStateBadge';
import { allottedText, originText, speakerLine } from './speechText';

interface CurrentSpeechProps {
  current: Speech | null;
  next: Speech | null;
  agendaTitle: (id: string | null) => string | null;
  locked: boolean;
  busy: boolean;
  onCommand: (action: PanelAction) => void;
  onEdit: (speech: Speech) => void;
  onOpenAttachment: (speech: Speech) => void;
}

/** A button's shortcut, shown on it; hidden from its name (aria-keyshortcuts says it). */
function KeyHint({ label }: { label: string }) {
  return (
    <span aria-hidden>
      <Kbd size="xs">{label}</Kbd>
    </span>
  );
}

function WarningIcon() {
  return (
    <svg width="1.2em" height="1.2em" viewBox="0 0 24 24" fill="none" aria-hidden>
      <path
        d="M12 3l10 18h-20zM12 10v5M12 18v0.5"
        stroke="currentColor"
        strokeWidth={2.2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
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
    <div className={classes.timer} data-phase={phase} data-testid="speech-timer">
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
        {phaseText && (phase === 'last_minute' || phase === 'overrun') && <WarningIcon />}
        {phaseText}
      </div>
    </div>
  );
}

/** Who has the floor now, their timer, and the commands of the moment with their keys. */
export function CurrentSpeech({
  current,
  next,
  agendaTitle,
  locked,
  busy,
  onCommand,
  onEdit,
  onOpenAttachment,
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
      p="md"
      className={classes.current}
      data-state={current?.state ?? 'none'}
      data-testid="current-speech"
      component="section"
      aria-labelledby="current-speech-title"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={4} miw={0}>
          <Text id="current-speech-title" size="sm" fw={700} c="dimmed">
            {t('speaking.current.title')}
          </Text>
          {current ? (
            <>
              <Group gap="sm" wrap="nowrap">
                <Title order={2} size="h3" data-testid="current-speaker">
                  {current.speaker.name}
                </Title>
                <SpeechStateBadge state={current.state} origin={current.origin} />
              </Group>
              {current.speaker.position && <Text fw={500}>{current.speaker.position}</Text>}
              <Text size="sm">
                {[originText(current.origin, t), item, current.topic].filter(Boolean).join(' · ')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('speaking.current.allotted', {
                  time: allottedText(current.allottedSeconds, t),
                })}
              </Text>
            </>
          ) : (
            <Text size="lg">{t('speaking.current.none')}</Text>
          )}
        </Stack>
        {current && <SpeechTimer speech={current} />}
      </Group>
      <Group mt="md" gap="xs" justify="space-between">
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
        {current && (
          <Group gap="xs">
            {current.attachmentName && (
              <Button variant="subtle" onClick={() => onOpenAttachment(current)}>
                {t('speaking.actions.open')}
              </Button>
            )}
            <Button variant="subtle" disabled={locked} onClick={() => onEdit(current)}>
              {t('speaking.actions.edit')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" mt="xs" data-testid="next-speaker">
        {next
          ? t('speaking.current.next', {
              name: speakerLine(next),
              origin: originText(next.origin, t),
            })
          : t('speaking.current.noNext')}
      </Text>
    </Paper>
  );
}
