import { useCallback, useMemo, useState } from 'react';
import type { Invitee } from '../../../../shared/api/schemas';
import type { SelectAllResult, SelectionState } from './pickerSelection';
import { EMPTY_SELECTION, extendTo, selectAll, toAdd, toggleOne } from './pickerSelection';

/**
 * The directory picker's selection as React state, kept across searches, with the people already
 * on the meeting's list (`invitees`) never selectable; the rules are pickerSelection.ts's.
 */
export function usePickerSelection(invitees: readonly Invitee[]) {
  const [state, setState] = useState<SelectionState>(EMPTY_SELECTION);
  const invited = useMemo(
    () => new Set(invitees.map((i) => i.personId).filter((id): id is string => id !== null)),
    [invitees],
  );
  const isInvited = useCallback((id: string) => invited.has(id), [invited]);
  const isSelected = useCallback((id: string) => state.selection.has(id), [state.selection]);
  // The ids the submit sends: the selection without anyone invited since they were ticked.
  const chosen = useMemo(() => toAdd(state.selection, isInvited), [state.selection, isInvited]);
  const selectable = (id: string) => !invited.has(id);
  // Stable, so the picker can clear on opening in an effect that runs only then.
  const clear = useCallback(() => setState(EMPTY_SELECTION), []);
  return {
    selection: state.selection,
    chosen,
    isInvited,
    isSelected,
    toggle: (id: string) => setState((s) => toggleOne(s, id, selectable)),
    /** A range from the anchor to `id`, along the rows in `order`. */
    extend: (order: readonly string[], id: string) =>
      setState((s) => extendTo(s, order, id, selectable)),
    clear,
    /** Ticks every one of `ids` there is room for; says how many were added, skipped, left out. */
    selectAll: (ids: readonly string[]): SelectAllResult => {
      const result = selectAll(state, ids, isInvited);
      setState(result.state);
      return result;
    },
  };
}
