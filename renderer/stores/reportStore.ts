import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../shared/api/errors';
import { validationError } from '../../shared/api/issues';
import type { ReportRevision, RevisionInfo } from '../../shared/api/reportSchemas';
import { ReportContent } from '../../shared/report/content';
import { api } from '../api/bridge';
import { toAppError } from '../api/useApiQuery';
import type { FieldErrors } from '../errors/fieldErrors';
import { issuesOf, splitIssues } from '../errors/fieldErrors';
import { notifyError, notifySuccess, settleAction } from '../errors/notify';
import { issueText } from '../errors/translateError';
import { i18n } from '../i18n/setup';
import type { Path } from '../screens/meeting/report/reportEdits';
import { sameContent, setAt } from '../screens/meeting/report/reportEdits';

/**
 * The open meeting's summary report: its saved revisions and the operator's edit in progress.
 * Kept here, not in the tab's state, so switching to the check-in tab and back loses nothing;
 * the meeting screen asks before the operator leaves the meeting with unsaved changes.
 *
 * The edit remembers the revision it started from (`base`): saving sends it, so a save from a
 * window that missed a newer revision is refused (CONFLICT) instead of silently replacing it.
 * Saved revisions are never edited; a finalized one is shown read-only until the operator
 * chooses to edit from it, and the next save makes the next revision.
 */
export interface ReportEdit {
  content: ReportContent;
  /** The revision the edit started from; null before the first save. */
  base: number | null;
  /** That revision's content: what "unsaved changes" compares against. */
  saved: ReportContent | null;
}

/** A save refused because another window saved first: the newer revision's number. */
export interface ReportConflict {
  current: number | null;
}

interface ReportState {
  meetingId: string | null;
  /** Newest first; null until loaded. */
  revisions: RevisionInfo[] | null;
  edit: ReportEdit | null;
  /** A saved revision on show, read-only (an older one, or the finalized latest). */
  viewing: ReportRevision | null;
  fieldErrors: FieldErrors;
  conflict: ReportConflict | null;
  busy: boolean;
  error: AppError | null;
  open: (meetingId: string) => void;
  /** Starts an edit from the draft made of the meeting's data now, keeping the base revision. */
  generate: () => Promise<void>;
  change: (path: Path, value: unknown) => void;
  save: (options?: { overLatest?: boolean }) => Promise<ReportRevision | undefined>;
  finalize: () => Promise<void>;
  view: (revision: number) => Promise<void>;
  /** Back from a read-only revision: to the edit, or a new edit from the revision shown. */
  editFrom: (revision: ReportRevision | null) => void;
  discard: () => void;
}

let ticket = 0;

const SAVE_FIELDS = { prefix: ['content'], claims: () => true } as const;

export const useReportStore = create<ReportState>((set, get) => {
  async function run<T>(work: () => Promise<T>, topic: string): Promise<T | undefined> {
    set({ busy: true });
    try {
      const out = await work();
      settleAction(topic);
      return out;
    } catch (err) {
      notifyError(err, [], {}, topic);
      return undefined;
    } finally {
      set({ busy: false });
    }
  }

  return {
    meetingId: null,
    revisions: null,
    edit: null,
    viewing: null,
    fieldErrors: {},
    conflict: null,
    busy: false,
    error: null,

    open(meetingId) {
      if (get().meetingId !== meetingId) {
        set({
          meetingId,
          revisions: null,
          edit: null,
          viewing: null,
          fieldErrors: {},
          conflict: null,
          error: null,
        });
      }
      void fetchRevisions();
    },

    async generate() {
      const meetingId = get().meetingId;
      if (meetingId === null) return;
      const draft = await run(() => api.invoke('reports.draft', { meetingId }), 'reports.draft');
      if (!draft || get().meetingId !== meetingId) return;
      const latest = get().revisions?.[0] ?? null;
      const current = get().edit;
      set({
        edit: current
          ? { ...current, content: draft.content }
          : {
              content: draft.content,
              base: latest?.revision ?? null,
              saved: get().viewing?.content ?? null,
            },
        viewing: null,
        fieldErrors: {},
      });
    },

    change(path, value) {
      const { edit, fieldErrors } = get();
      if (!edit) return;
      const key = path.join('.');
      const { [key]: _cleared, ...rest } = fieldErrors;
      set({ edit: { ...edit, content: setAt(edit.content, path, value) }, fieldErrors: rest });
    },

    async save(options = {}) {
      const { edit, meetingId } = get();
      if (!edit || meetingId === null) return undefined;
      const base = options.overLatest ? (get().conflict?.current ?? edit.base) : edit.base;
      set({ busy: true });
      try {
        // Checked here first with the core's own schema: a bad field is named at once, and
        // nothing is sent that the core would refuse anyway.
        const local = ReportContent.safeParse(edit.content);
        if (!local.success) throw withContentPaths(validationError(local.error, 'report'));
        const saved = await api.invoke('reports.save', {
          meetingId,
          content: edit.content,
          baseRevision: base,
        });
        if (get().meetingId !== meetingId) return saved;
        const still = get().edit;
        set({
          // What was typed while the save was on its way stays as the edit.
          edit: {
            content: still && still !== edit ? still.content : saved.content,
            base: saved.revision,
            saved: saved.content,
          },
          fieldErrors: {},
          conflict: null,
        });
        notifySuccess(i18n.t('report.saved', { revision: saved.revision }), 'reports.save');
        void fetchRevisions();
        return saved;
      } catch (err) {
        const appError = toAppError(err);
        if (appError.code === 'CONFLICT') {
          const current = appError.details?.current;
          set({ conflict: { current: typeof current === 'number' ? current : null } });
          void fetchRevisions();
          return undefined;
        }
        const { fields, rest } = splitIssues(issuesOf(appError), SAVE_FIELDS, issueText);
        set({ fieldErrors: fields });
        notifyError(appError, rest, {}, 'reports.save');
        return undefined;
      } finally {
        set({ busy: false });
      }
    },

    async finalize() {
      const { edit, meetingId } = get();
      if (!edit || edit.base === null || meetingId === null) return;
      const revision = edit.base;
      const done = await run(
        () => api.invoke('reports.finalize', { meetingId, revision }),
        'reports.finalize',
      );
      if (!done || get().meetingId !== meetingId) return;
      set({ edit: null, viewing: done });
      notifySuccess(i18n.t('report.finalized', { revision }), 'reports.finalize');
      void fetchRevisions();
    },

    async view(revision) {
      const meetingId = get().meetingId;
      if (meetingId === null) return;
      const shown = await run(
        () => api.invoke('reports.get', { meetingId, revision }),
        'reports.get',
      );
      if (shown && get().meetingId === meetingId) set({ viewing: shown });
    },

    editFrom(revision) {
      if (revision === null) {
        set({ viewing: null });
        return;
      }
      const latest = get().revisions?.[0]?.revision ?? revision.revision;
      // An edit from an older revision saves on top of the latest: nothing is lost, as every
      // revision is kept, and the content is the one the operator chose.
      set({
        viewing: null,
        edit: {
          content: revision.content,
          base: latest,
          saved: latest === revision.revision ? revision.content : null,
        },
        fieldErrors: {},
        conflict: null,
      });
    },

    discard() {
      set({ edit: null, viewing: null, fieldErrors: {}, conflict: null });
      void fetchRevisions();
    },
  };
});

/** The local check's issues, placed as the core's would be (under `content`). */
function withContentPaths(err: AppError): AppError {
  const issues = issuesOf(err).map((i) => ({ ...i, path: ['content', ...i.path] }));
  return Object.assign(err, { details: { ...err.details, issues } });
}

/**
 * The revisions, and what to show when nothing is on show yet: the latest revision, for
 * editing, or read-only when it is finalized.
 */
async function fetchRevisions(): Promise<void> {
  const { getState, setState } = useReportStore;
  const meetingId = getState().meetingId;
  if (meetingId === null) return;
  const mine = ++ticket;
  const isCurrent = () => mine === ticket && getState().meetingId === meetingId;
  try {
    const { revisions } = await api.invoke('reports.revisions', { meetingId });
    if (!isCurrent()) return;
    setState({ revisions, error: null });
    const latest = revisions[0];
    const { edit, viewing } = getState();
    const untouched = edit === null || sameContent(edit.content, edit.saved);
    if (!latest || !untouched || viewing !== null) return;
    // Already editing from the latest (finalized or not): the operator's choice stands.
    if (edit !== null && edit.base === latest.revision) return;
    const shown = await api.invoke('reports.get', { meetingId, revision: latest.revision });
    if (!isCurrent()) return;
    const now = getState();
    if (now.edit !== null && !sameContent(now.edit.content, now.edit.saved)) return;
    if (shown.finalizedAt !== null) setState({ viewing: shown, edit: null });
    else setState({ edit: { content: shown.content, base: shown.revision, saved: shown.content } });
  } catch (err) {
    if (isCurrent()) setState({ error: toAppError(err) });
  }
}

/** Unsaved changes of the meeting's report: what the meeting screen asks about on leaving. */
export function hasUnsavedReport(state: ReportState, meetingId: string): boolean {
  const { edit } = state;
  return state.meetingId === meetingId && edit !== null && !sameContent(edit.content, edit.saved);
}

let watchers = 0;
let unsubscribe: (() => void) | null = null;

/** Opens the meeting's report and follows other windows' saves while mounted. */
export function useOpenReport(meetingId: string): void {
  const open = useReportStore((s) => s.open);
  useEffect(() => {
    if (watchers++ === 0) {
      unsubscribe = api.on('reports.changed', (p) => {
        if (useReportStore.getState().meetingId === p.meetingId) void fetchRevisions();
      });
    }
    return () => {
      if (--watchers === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    };
  }, []);
  useEffect(() => open(meetingId), [meetingId, open]);
}
