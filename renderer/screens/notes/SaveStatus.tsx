import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatClockSeconds } from '../../format/vietnameseDate';
import type { SaveState } from './autosave';

/**
 * Where the note's text is. "Đã lưu" appears only once the core answered the save (its
 * transaction committed), never when a save was merely sent.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  let text: string;
  let color = 'dimmed';
  switch (state.kind) {
    case 'idle':
      return null;
    case 'unsaved':
    case 'saving':
      text = t('notes.saving');
      break;
    case 'saved':
      text = t('notes.saved', { time: formatClockSeconds(state.at) });
      color = 'green.8';
      break;
    case 'failed':
      text = t('notes.notSaved');
      color = 'red';
      break;
    case 'conflict':
      text = t('notes.notSaved');
      color = 'orange.8';
      break;
  }
  return (
    <Text
      size="sm"
      c={color}
      data-testid="note-save-status"
      aria-live="polite"
      miw={120}
      ta="right"
    >
      {text}
    </Text>
  );
}
