import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../shared/api/errors';
import type { Incident, Note } from '../../shared/api/notesSchemas';
import type { IncidentKind } from '../../shared/notes/model';
import { api } from '../api/bridge';
import { toAppError } from '../api/useApiQuery';
import { createLocalPatches } from './localPatches';
import type { OwnChanges } from './ownChanges';
import { createOwnChanges } from './ownChanges';

/**
 * The open meeting's notes and incidents, shared by the notes tab, the incident banner shown on
 * every tab and the meeting's shortcuts. As in the meeting store: a write's answer (the whole
 * note or incident) is applied at once, the event that write sends back is recognised as ours
 * (ownChanges.ts) and not fetched again, and any other event refetches the list once. That
 * matters here: autosave writes a version every half second while the operator types, and each
 * would otherwise refetch every note.
 *
 * Editors never take their text from this store while the operator types (see NoteEditor): the
 * store is what the core holds, the editor what the operator is writing.
 */
interface NotesState {
  meetingId: string | null;
  notes: Note[] | null;
  incidents: Incident[] | null;
  error: AppError | null;
  /** The note whose editor should take the focus when it appears (a note just opened). */
  focusNoteId: string | null;
  /** What the next incident opened by key is: the kind logged last, else "other". */
  lastIncidentKind: IncidentKind;
  open: (meetingId: string) => void;
  /** Runs a write answering with one note of the open meeting, and shows that answer. */
  saveNote: (write: () => Promise<Note | undefined>) => Promise<Note | undefined>;
  /** Runs a write answering with one incident, and shows that answer. */
  saveIncident: (write: () => Promise<Incident | undefined>) => Promise<Incident | undefined>;
  /** Runs a removal and takes the row away. */
  removeNote: (noteId: string, write: () => Promise<unknown>) => Promise<void>;
  removeIncident: (incidentId: string, write: () => Promise<unknown>) => Promise<void>;
  focusHandled: () => void;
  requestFocus: (noteId: string) => void;
}

interface Tracking {
  notes: OwnChanges;
  incidents: OwnChanges;
}

let notesTicket = 0;
let incidentsTicket = 0;
const notePatches = createLocalPatches();
const incidentPatches = createLocalPatches();
let tracking: Tracking = trackingFor(null);

function trackingFor(meetingId: string | null): Tracking {
  const current = () => useNotesStore.getState().meetingId === meetingId;
  return {
    notes: createOwnChanges(() => {
      if (current()) void fetchNotes();
    }),
    incidents: createOwnChanges(() => {
      if (current()) void fetchIncidents();
    }),
  };
}

/** The list with `row` in place of its old self, or added at the end. */
function withRow<T extends { id: string }>(rows: readonly T[], row: T): T[] {
  return rows.some((r) => r.id === row.id)
    ? rows.map((r) => (r.id === row.id ? row : r))
    : [...rows, row];
}

export const useNotesStore = create<NotesState>((set, get) => ({
  meetingId: null,
  notes: null,
  incidents: null,
  error: null,
  focusNoteId: null,
  lastIncidentKind: 'other',

  open(meetingId) {
    if (get().meetingId !== meetingId) {
      set({ meetingId, notes: null, incidents: null, error: null, focusNoteId: null });
      notePatches.clear();
      incidentPatches.clear();
      tracking = trackingFor(meetingId);
    }
    void fetchNotes();
    void fetchIncidents();
  },

  async saveNote(write) {
    const answered = tracking.notes.begin();
    let applied = false;
    try {
      const note = await write();
      const { notes, meetingId } = get();
      if (note && notes !== null && meetingId === note.meetingId) {
        notePatches.mark(note.id);
        set({ notes: withRow(notes, note) });
        applied = true;
      }
      return note;
    } finally {
      answered(applied);
    }
  },

  async saveIncident(write) {
    const answered = tracking.incidents.begin();
    let applied = false;
    try {
      const incident = await write();
      const { incidents, meetingId } = get();
      if (incident && incidents !== null && meetingId === incident.meetingId) {
        incidentPatches.mark(incident.id);
        set({ incidents: withRow(incidents, incident), lastIncidentKind: incident.kind });
        applied = true;
      }
      return incident;
    } finally {
      answered(applied);
    }
  },

  async removeNote(noteId, write) {
    const answered = tracking.notes.begin();
    let applied = false;
    try {
      await write();
      const { notes } = get();
      if (notes?.some((n) => n.id === noteId)) {
        set({ notes: notes.filter((n) => n.id !== noteId) });
        applied = true;
      }
    } finally {
      answered(applied);
    }
  },

  async removeIncident(incidentId, write) {
    const answered = tracking.incidents.begin();
    let applied = false;
    try {
      await write();
      const { incidents } = get();
      if (incidents?.some((i) => i.id === incidentId)) {
        set({ incidents: incidents.filter((i) => i.id !== incidentId) });
        applied = true;
      }
    } finally {
      answered(applied);
    }
  },

  focusHandled: () => set({ focusNoteId: null }),
  requestFocus: (noteId) => set({ focusNoteId: noteId }),
}));

async function fetchNotes(): Promise<void> {
  const { getState, setState } = useNotesStore;
  const meetingId = getState().meetingId;
  if (meetingId === null) return;
  const ticket = ++notesTicket;
  const sentAt = notePatches.stamp();
  try {
    const { notes } = await api.invoke('notes.list', { meetingId });
    if (ticket !== notesTicket || getState().meetingId !== meetingId) return;
    // A note created here after this fetch was sent is not in its answer: keep it.
    const fetched = new Set(notes.map((n) => n.id));
    const created = (getState().notes ?? []).filter(
      (n) => !fetched.has(n.id) && notePatches.patchedSince(n.id, sentAt),
    );
    setState({
      notes: [...notePatches.merge(notes, getState().notes, sentAt), ...created],
      error: null,
    });
  } catch (err) {
    if (ticket === notesTicket && getState().meetingId === meetingId) {
      setState({ error: toAppError(err) });
    }
  }
}

async function fetchIncidents(): Promise<void> {
  const { getState, setState } = useNotesStore;
  const meetingId = getState().meetingId;
  if (meetingId === null) return;
  const ticket = ++incidentsTicket;
  const sentAt = incidentPatches.stamp();
  try {
    const { incidents } = await api.invoke('incidents.list', { meetingId });
    if (ticket !== incidentsTicket || getState().meetingId !== meetingId) return;
    const merged = incidentPatches.merge(incidents, getState().incidents, sentAt);
    const last = merged[merged.length - 1];
    setState({
      incidents: merged,
      ...(last ? { lastIncidentKind: last.kind } : {}),
      error: null,
    });
  } catch (err) {
    if (ticket === incidentsTicket && getState().meetingId === meetingId) {
      setState({ error: toAppError(err) });
    }
  }
}

let watchers = 0;
let unsubscribe: (() => void)[] = [];

/** One subscription while any meeting screen is mounted. Exported for tests. */
export function watchNotes(): () => void {
  if (watchers++ === 0) {
    const isOpen = (meetingId: string) => useNotesStore.getState().meetingId === meetingId;
    unsubscribe = [
      api.on('notes.changed', (p) => {
        if (isOpen(p.meetingId)) tracking.notes.onEvent();
      }),
      api.on('incidents.changed', (p) => {
        if (isOpen(p.meetingId)) tracking.incidents.onEvent();
      }),
    ];
  }
  return () => {
    if (--watchers === 0) {
      unsubscribe.forEach((off) => off());
      unsubscribe = [];
    }
  };
}

/** Opens the meeting's notes and incidents in the store and follows them while mounted. */
export function useOpenNotes(meetingId: string): void {
  const open = useNotesStore((s) => s.open);
  useEffect(watchNotes, []);
  useEffect(() => open(meetingId), [meetingId, open]);
}
