import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ImportOverrides,
  ImportPreview,
  ImportPreviewRow,
  ImportResult,
} from '../../../shared/api/directorySchemas';
import { AppError } from '../../../shared/api/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/api/transport';
import { api } from '../../api/bridge';
import { toAppError } from '../../api/useApiQuery';
import { issuesOf } from '../../errors/fieldErrors';
import { bytesToBase64 } from '../../files/base64';
import type { RowChoices, RowIssue } from './importRows';
import { carryChoices, commitRows, issuesByLine } from './importRows';
import type { ReadingChange } from './readingOverrides';
import { nextOverrides } from './readingOverrides';

export interface ImportWizard {
  fileName: string | null;
  preview: ImportPreview | null;
  /** Reading the file (first time or again after a change). */
  reading: boolean;
  /** Why the last reading failed; the previous preview, if any, stays on screen. */
  readError: AppError | null;
  /** The header row chosen had no name column; it was read with the earlier columns. */
  headerFallback: boolean;
  choices: RowChoices;
  setChoices: (update: (prev: RowChoices) => RowChoices) => void;
  committing: boolean;
  commitError: AppError | null;
  /** Problems of the last commit, by line of the file: nothing was written. */
  rowIssues: ReadonlyMap<number, RowIssue[]>;
  result: ImportResult | null;
  chooseFile: (file: File | null) => Promise<void>;
  change: (change: ReadingChange) => Promise<void>;
  /** Stops the reading in progress (a large or broken file); what was shown before stays. */
  cancelReading: () => void;
  commit: (inviteToMeetingId: string | null) => Promise<void>;
  reset: () => void;
}

const NO_ISSUES: ReadonlyMap<number, RowIssue[]> = new Map();

/** Stands in for the preview when the first reading failed and the operator retries a choice. */
const emptyPreview = { headerRow: 0, headerRows: 1, mapping: {} } as unknown as ImportPreview;

let jobCounter = 0;
const newJobId = () => `import-${Date.now().toString(36)}-${++jobCounter}`;

/**
 * The import wizard's state: the file, how it is read, the operator's choices, the result.
 * The file crosses to the core once (`import.open`); the core keeps it open and each later
 * reading sends only the choices (`import.preview`), so changing a column of a 20 MB workbook
 * does not send 20 MB again. The core also decides the header-row fallback.
 */
export function useImportWizard(forMeeting: boolean): ImportWizard {
  const [fileName, setFileName] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<ImportOverrides>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<AppError | null>(null);
  const [choices, setChoiceMap] = useState<RowChoices>(new Map());
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<AppError | null>(null);
  const [rowIssues, setRowIssues] = useState(NO_ISSUES);
  const [result, setResult] = useState<ImportResult | null>(null);
  // Each reading takes a ticket; an answer to an older one (the operator changed again) is dropped.
  const ticket = useRef(0);
  const runningJob = useRef<string | null>(null);
  const openSession = useRef<string | null>(null);
  // The rows the current choices were made for, to carry them over to a new reading.
  const shownRows = useRef<ImportPreviewRow[]>([]);

  const show = useCallback((value: ImportPreview) => {
    setPreview(value);
    setOverrides(value.overrides);
    const previousRows = shownRows.current;
    shownRows.current = value.rows;
    setChoiceMap((prev) => carryChoices(previousRows, prev, value.rows));
    setReadError(null);
    setCommitError(null);
    setRowIssues(NO_ISSUES);
  }, []);

  /** One reading in the core: the first (`open`) or a later one on the open file. */
  const read = useCallback(
    async (request: (jobId: string) => Promise<ImportPreview>) => {
      const mine = ++ticket.current;
      const jobId = newJobId();
      runningJob.current = jobId;
      setReading(true);
      try {
        const value = await request(jobId);
        openSession.current = value.sessionId;
        if (mine !== ticket.current) return;
        setSessionId(value.sessionId);
        show(value);
      } catch (err) {
        const error = toAppError(err);
        // A file with no header found stays open in the core, for the operator's next choice.
        const kept = error.details?.sessionId;
        if (typeof kept === 'string') openSession.current = kept;
        if (mine !== ticket.current) return;
        if (typeof kept === 'string') setSessionId(kept);
        setReadError(error);
      } finally {
        if (runningJob.current === jobId) runningJob.current = null;
        if (mine === ticket.current) setReading(false);
      }
    },
    [show],
  );

  const closeSession = useCallback(() => {
    const id = openSession.current;
    openSession.current = null;
    if (id) void api.invoke('import.close', { sessionId: id }).catch(() => undefined);
  }, []);

  const cancelReading = useCallback(() => {
    const jobId = runningJob.current;
    if (jobId) void api.invoke('jobs.cancel', { id: jobId }).catch(() => undefined);
  }, []);

  const reset = useCallback(() => {
    cancelReading();
    closeSession();
    ticket.current++;
    shownRows.current = [];
    setFileName(null);
    setSessionId(null);
    setOverrides({});
    setPreview(null);
    setReading(false);
    setReadError(null);
    setChoiceMap(new Map());
    setCommitError(null);
    setRowIssues(NO_ISSUES);
    setResult(null);
  }, [cancelReading, closeSession]);

  // Leaving the screen frees the file the core keeps.
  useEffect(() => closeSession, [closeSession]);

  const chooseFile = useCallback(
    async (file: File | null) => {
      reset();
      if (!file) return;
      setFileName(file.name);
      if (file.size > MAX_IMPORT_BYTES) {
        setReadError(new AppError('IMPORT_TOO_LARGE', 'Checked before sending'));
        return;
      }
      let dataBase64: string;
      try {
        dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      } catch (err) {
        setReadError(toAppError(err));
        return;
      }
      await read((jobId) =>
        api.invoke('import.open', { fileName: file.name, dataBase64, forMeeting, jobId }),
      );
    },
    [read, reset, forMeeting],
  );

  const change = useCallback(
    async (c: ReadingChange) => {
      if (!sessionId) return;
      const next = nextOverrides(overrides, preview ?? emptyPreview, c);
      await read((jobId) => api.invoke('import.preview', { sessionId, overrides: next, jobId }));
    },
    [sessionId, preview, overrides, read],
  );

  const commit = useCallback(
    async (inviteToMeetingId: string | null) => {
      if (!preview) return;
      const rows = commitRows(preview.rows, choices);
      if (rows.length === 0) return;
      setCommitting(true);
      setCommitError(null);
      setRowIssues(NO_ISSUES);
      try {
        setResult(
          await api.invoke('import.commit', {
            rows,
            inviteToMeetingId,
            fileName: fileName ?? '',
          }),
        );
        closeSession();
      } catch (err) {
        const byLine = issuesByLine(issuesOf(err), rows);
        setRowIssues(byLine.size > 0 ? byLine : NO_ISSUES);
        setCommitError(toAppError(err));
      } finally {
        setCommitting(false);
      }
    },
    [preview, choices, fileName, closeSession],
  );

  const setChoices = useCallback(
    (update: (prev: RowChoices) => RowChoices) => setChoiceMap((prev) => update(prev)),
    [],
  );

  return {
    fileName,
    preview,
    reading,
    readError,
    headerFallback: preview?.headerFallback ?? false,
    choices,
    setChoices,
    committing,
    commitError,
    rowIssues,
    result,
    chooseFile,
    change,
    cancelReading,
    commit,
    reset,
  };
}
