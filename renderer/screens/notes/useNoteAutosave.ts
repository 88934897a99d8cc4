import { useEffect, useRef, useState } from 'react';
import { AppError } from '../../../shared/api/errors';
import type { Note, NoteFields } from '../../../shared/api/notesSchemas';
import { api } from '../../api/bridge';
import { useNotesStore } from '../../stores/notesStore';
import type { Autosave, SaveState } from './autosave';
import { createAutosave } from './autosave';

export interface NoteAutosave {
  autosave: Autosave<NoteFields>;
  state: SaveState;
}

const isConflict = (err: unknown) => err instanceof AppError && err.code === 'CONFLICT';

/**
 * One autosave per note editor, alive as long as it has something to save: on unmount (another
 * tab, another screen) it is flushed, and a save that fails then keeps retrying on its own, so
 * leaving the tab never loses what was typed. Closing the page flushes too.
 */
export function useNoteAutosave(note: Note): NoteAutosave {
  const saveNote = useNotesStore((s) => s.saveNote);
  // An editor shown again (back from another tab) says when its note was last saved.
  const [state, setState] = useState<SaveState>(() =>
    note.version > 1 ? { kind: 'saved', at: Date.parse(note.updatedAt) } : { kind: 'idle' },
  );
  const mounted = useRef(true);
  const ref = useRef<Autosave<NoteFields> | null>(null);
  if (ref.current === null) {
    const noteId = note.id;
    ref.current = createAutosave<NoteFields>({
      version: note.version,
      isConflict,
      onState: (s) => {
        if (mounted.current) setState(s);
      },
      save: async (fields, baseVersion) => {
        const saved = await saveNote(() =>
          api.invoke('notes.save', { noteId, baseVersion, fields }),
        );
        return saved!.version;
      },
    });
  }
  const autosave = ref.current;

  useEffect(() => {
    mounted.current = true;
    const onUnload = () => void autosave.flush();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      mounted.current = false;
      window.removeEventListener('beforeunload', onUnload);
      void autosave.flush();
    };
  }, [autosave]);

  return { autosave, state };
}
