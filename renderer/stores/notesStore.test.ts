import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../shared/api/notesSchemas';

// The core, faked: calls wait in `waiting` for the test to answer them; events go to `heard`.
const core = vi.hoisted(() => ({
  waiting: [] as { method: string; resolve: (v: unknown) => void }[],
  heard: new Map<string, (payload: unknown) => void>(),
}));
vi.mock('../api/bridge', () => ({
  api: {
    invoke: (method: string) => new Promise((resolve) => core.waiting.push({ method, resolve })),
    on: (event: string, listener: (payload: unknown) => void) => {
      core.heard.set(event, listener);
      return () => core.heard.delete(event);
    },
  },
}));

const { useNotesStore, watchNotes } = await import('./notesStore');

const tick = () => new Promise((r) => setTimeout(r, 0));
const methods = () => core.waiting.map((w) => w.method);
async function reply(method: string, value: unknown) {
  const at = core.waiting.findIndex((w) => w.method === method);
  core.waiting.splice(at, 1)[0]!.resolve(value);
  await tick();
}
const note = (id: string, meetingId: string, version = 1) =>
  ({ id, meetingId, version, body: `v${version}` }) as Note;

let seq = 0;
async function opened() {
  const meetingId = `meeting-${++seq}`;
  useNotesStore.getState().open(meetingId);
  await reply('notes.list', { notes: [note('a', meetingId)] });
  await reply('incidents.list', { incidents: [] });
  return meetingId;
}

const stop = watchNotes();
afterEach(() => {
  core.waiting.length = 0;
});
afterAll(stop);

describe('notes store', () => {
  it('applies an autosave’s answer and does not refetch for the event it causes', async () => {
    const m = await opened();
    const saving = useNotesStore
      .getState()
      .saveNote(
        () =>
          new Promise<Note>((r) =>
            core.waiting.push({ method: 'notes.save', resolve: r as (v: unknown) => void }),
          ),
      );
    core.heard.get('notes.changed')!({ meetingId: m });
    await reply('notes.save', note('a', m, 2));
    await saving;
    expect(useNotesStore.getState().notes?.[0]?.version).toBe(2);
    expect(methods()).toEqual([]);
  });

  it('refetches once for another window’s change, only for the open meeting', async () => {
    const m = await opened();
    core.heard.get('notes.changed')!({ meetingId: 'elsewhere' });
    expect(methods()).toEqual([]);
    core.heard.get('notes.changed')!({ meetingId: m });
    expect(methods()).toEqual(['notes.list']);
  });

  it('keeps a note created while an older list was on its way', async () => {
    const m = await opened();
    core.heard.get('notes.changed')!({ meetingId: m });
    const creating = useNotesStore.getState().saveNote(async () => note('b', m));
    await creating;
    await reply('notes.list', { notes: [note('a', m)] });
    expect(useNotesStore.getState().notes?.map((n) => n.id)).toEqual(['a', 'b']);
  });
});
