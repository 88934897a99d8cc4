import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../../shared/api/speakingSchemas';
import { originText, trailText } from './speechText';

function PaperclipIcon() {
  return (
    <svg
      width="0.95em"
      height="0.95em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      aria-hidden
      style={{ display: 'inline-block', verticalAlign: '-0.1em', marginRight: 2 }}
    >
      <path d="M20 11.5l-8 8a5 5 0 0 1 -7 -7l8.5 -8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1 -2.4 -2.4l7.7 -7.7" />
    </svg>
  );
}

/**
 * What a row says about a speech: who (name, post), from where, under which agenda item, on
 * what, the contribution attached, and for a local request its trail with the time of each
 * step.
 */
export function SpeechSummary({
  speech,
  agendaTitle,
}: {
  speech: Speech;
  agendaTitle: (id: string | null) => string | null;
}) {
  const { t } = useTranslation();
  const item = agendaTitle(speech.agendaItemId);
  const about = [originText(speech.origin, t), item, speech.topic].filter(Boolean).join(' · ');
  return (
    <>
      <Text fw={600} lh={1.3} truncate="end">
        <span data-speaker-name>{speech.speaker.name}</span>
        {speech.speaker.position && (
          <Text span fw={400}>
            {' – '}
            {speech.speaker.position}
          </Text>
        )}
      </Text>
      <Text size="sm" lh={1.3} truncate="end">
        {about}
      </Text>
      {(speech.attachmentName || speech.origin.kind === 'local') && (
        <Text size="xs" c="dimmed" lh={1.35}>
          {speech.attachmentName && (
            <span data-testid="speech-attachment">
              <PaperclipIcon />
              {t('speaking.attach.name', { name: speech.attachmentName })}
            </span>
          )}
          {speech.attachmentName && speech.origin.kind === 'local' && ' · '}
          {speech.origin.kind === 'local' && (
            <span data-testid="speech-trail">{trailText(speech, t)}</span>
          )}
        </Text>
      )}
    </>
  );
}
