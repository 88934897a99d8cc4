import { useCallback, useMemo, useRef, useState } from 'react';
import type { SpeechChange } from '../../../../shared/api/speakingSchemas';
import type { SPEECH_ACTIONS } from '../../../../shared/api/speakingSchemas';
import { runAction } from '../../../api/runAction';
import { useSpeechStore } from '../../../stores/speechStore';

export type SpeechAction = (typeof SPEECH_ACTIONS)[number];
type Place = 'end' | 'next';

export interface SpeechCommands {
  /** True while a command is on its way: buttons show it, further commands are ignored. */
  busy: boolean;
  act: (
    action: SpeechAction,
    speechId?: string,
    options?: { place?: Place; success?: string },
  ) => Promise<SpeechChange | undefined>;
  move: (speechId: string, afterId: string | null) => Promise<SpeechChange | undefined>;
  remove: (speechId: string, success: string) => Promise<SpeechChange | undefined>;
}

/**
 * The speakers' log's writes, one at a time. A second "next speaker" pressed before the first
 * was answered would start the speaker after next and end the one just called, so a command
 * given while another is on its way is dropped, not queued. Every answer goes through the
 * store (useSpeechStore.save), which shows it at once; refusals are explained by runAction.
 */
export function useSpeechCommands(meetingId: string): SpeechCommands {
  const save = useSpeechStore((s) => s.save);
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (write: () => Promise<SpeechChange | undefined>) => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setBusy(true);
      try {
        return await save(write);
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [save],
  );

  const act = useCallback<SpeechCommands['act']>(
    (action, speechId, options = {}) =>
      run(() =>
        runAction(
          'speeches.act',
          {
            meetingId,
            action,
            ...(speechId !== undefined ? { speechId } : {}),
            ...(options.place ? { place: options.place } : {}),
          },
          options.success !== undefined ? { success: options.success } : {},
        ),
      ),
    [meetingId, run],
  );

  const move = useCallback<SpeechCommands['move']>(
    (speechId, afterId) => run(() => runAction('speeches.move', { speechId, afterId })),
    [run],
  );

  const remove = useCallback<SpeechCommands['remove']>(
    (speechId, success) => run(() => runAction('speeches.remove', { speechId }, { success })),
    [run],
  );

  return useMemo(() => ({ busy, act, move, remove }), [busy, act, move, remove]);
}
