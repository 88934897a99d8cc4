import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Origin, SpeechState } from '../../../../shared/speaking/model';
import { PathIcon } from '../../../components/PathIcon';
import { stateText } from './speechText';

const COLORS: Record<SpeechState, string> = {
  queued: 'gray',
  sent: 'blue',
  called: 'teal',
  speaking: 'green',
  paused: 'yellow',
  spoke: 'gray',
  not_called: 'orange',
  withdrawn: 'orange',
};

// One outline icon per state (24-unit grid, drawn in the text colour), so a state reads
// without its colour: on a monochrome projector, in print, or for a colour-blind operator.
const ICONS: Record<SpeechState, string> = {
  queued: 'M12 5a7 7 0 1 0 0.01 0', // an empty circle: waiting
  sent: 'M4 12l16 -7l-5 15l-3 -6z', // a paper plane: sent to the center
  called: 'M6 12h11M13 7l5 5l-5 5', // an arrow: invited to speak
  speaking: 'M9 4h6v9h-6zM6 11a6 6 0 0 0 12 0M12 17v4', // a microphone
  paused: 'M8 5v14M16 5v14', // two bars: paused
  spoke: 'M5 12.5l4.5 4.5l9.5 -10', // a tick: done
  not_called: 'M6.5 6.5l11 11M17.5 6.5l-11 11', // a cross: the center did not call them
  withdrawn: 'M15 5l-7 7l7 7', // back: the request was taken back
};

export function SpeechStateIcon({ state }: { state: SpeechState }) {
  return <PathIcon d={ICONS[state]} />;
}

/** A speech's state as a pill with an icon and its name; never clickable. */
export function SpeechStateBadge({ state, origin }: { state: SpeechState; origin: Origin }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[state]}
      variant="light"
      size="md"
      tt="none"
      leftSection={<SpeechStateIcon state={state} />}
      data-speech-state={state}
    >
      {stateText({ state, origin }, t)}
    </Badge>
  );
}
