import { useEffect } from 'react';
import { create } from 'zustand';
import type { Province, ProtocolGroup } from '../../shared/api/schemas';
import { api } from '../api/bridge';
import { notifyError } from '../errors/notify';

/** Reference lists that rarely change during a session: fetched once, shared by every form. */
interface ReferenceState {
  groups: ProtocolGroup[] | null;
  provinces: Province[] | null;
  loadGroups: () => Promise<void>;
  /** The list a groups call just returned (after a rename, a reorder…). */
  setGroups: (groups: ProtocolGroup[]) => void;
  loadProvinces: () => Promise<void>;
}

export const useReferenceStore = create<ReferenceState>((set) => ({
  groups: null,
  provinces: null,
  async loadGroups() {
    try {
      set({ groups: await api.invoke('groups.list', {}) });
    } catch (err) {
      notifyError(err);
    }
  },
  setGroups(groups) {
    set({ groups });
  },
  async loadProvinces() {
    try {
      set({ provinces: await api.invoke('reference.provinces', {}) });
    } catch (err) {
      notifyError(err);
    }
  },
}));

// One subscription shared by every mounted useGroups: a group added, renamed or deleted in
// another window (or another screen) must show in open forms without reopening them.
let watchers = 0;
let unsubscribe: (() => void) | null = null;

function watchGroups(): () => void {
  if (watchers++ === 0) {
    const reload = () => void useReferenceStore.getState().loadGroups();
    unsubscribe = api.on('directory.changed', reload);
    // Nobody listened until now: a list loaded earlier may be out of date.
    if (useReferenceStore.getState().groups !== null) reload();
  }
  return () => {
    if (--watchers === 0) {
      unsubscribe?.();
      unsubscribe = null;
    }
  };
}

/** Protocol groups in protocol order; empty until loaded; follows directory changes. */
export function useGroups(): ProtocolGroup[] {
  const groups = useReferenceStore((s) => s.groups);
  const load = useReferenceStore((s) => s.loadGroups);
  useEffect(() => {
    if (groups === null) void load();
  }, [groups, load]);
  useEffect(watchGroups, []);
  return groups ?? EMPTY_GROUPS;
}

export function useProvinces(): Province[] | null {
  const provinces = useReferenceStore((s) => s.provinces);
  const load = useReferenceStore((s) => s.loadProvinces);
  useEffect(() => {
    if (provinces === null) void load();
  }, [provinces, load]);
  return provinces;
}

const EMPTY_GROUPS: ProtocolGroup[] = [];
