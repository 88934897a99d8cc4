import { useCallback, useRef, useState } from 'react';
import type {
  ImportOverrides,
  ImportPreview,
  ImportPreviewRow,
  ImportResult,
} from '../../../shared/api/directorySchemas';
import { AppError } from '../../../shared/api/errors';
import { api } from '../../api/bridge';
import { toAppError } from '../../api/useApiQuery';
import { issuesOf } from '../../errors/fieldErrors';
import { MAX_IMPORT_BYTES, bytesToBase64 } from '../../files/base64';
import type { RowChoices, RowIssue } from './importRows';
import { carryChoices, commitRows, issuesByLine } from './importRows';
import type { ReadingChange } from './readingOverrides';
import { nextOverrides, withPreviousMapping } from './readingOverrides';

interface Source {
  fileName: string;
  dataBase64: string;
}

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
  commit: (inviteToMeetingId: string | null) => Promise<void>;
  reset: () => void;
}

const NO_ISSUES: ReadonlyMap<number, RowIssue[]> = new Map();

/** The import wizard's state: the file, how it is read, the operator's choices, the result. */
export function useImportWizard(): ImportWizard {
  const [source, setSource] = useState<Source | null>(null);
  const [overrides, setOverrides] = useState<ImportOverrides>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<AppError | null>(null);
  const [headerFallback, setHeaderFallback] = useState(false);
  const [choices, setChoiceMap] = useState<RowChoices>(new Map());
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<AppError | null>(null);
  const [rowIssues, setRowIssues] = useState(NO_ISSUES);
  const [result, setResult] = useState<ImportResult | null>(null);
  // Each reading takes a ticket; an answer to an older one (the operator changed again) is dropped.
  const ticket = useRef(0);
  // The rows the current choices were made for, to carry them over to a new reading.
  const shownRows = useRef<ImportPreviewRow[]>([]);

  const read = useCallback(
    async (src: Source, next: ImportOverrides, fallback: ImportOverrides | null = null) => {
      const mine = ++ticket.current;
      setReading(true);
      try {
        let value: ImportPreview;
        let used = next;
        try {
          value = await api.invoke('import.preview', { ...src, overrides: next });
        } catch (err) {
          if (!(err instanceof AppError && err.code === 'IMPORT_NO_HEADER' && fallback)) throw err;
          used = fallback;
          value = await api.invoke('import.preview', { ...src, overrides: fallback });
        }
        if (mine !== ticket.current) return;
        setPreview(value);
        setOverrides(used);
        setHeaderFallback(used !== next);
        const previousRows = shownRows.current;
        shownRows.current = value.rows;
        setChoiceMap((prev) => carryChoices(previousRows, prev, value.rows));
        setReadError(null);
        setCommitError(null);
        setRowIssues(NO_ISSUES);
      } catch (err) {
        if (mine === ticket.current) setReadError(toAppError(err));
      } finally {
        if (mine === ticket.current) setReading(false);
      }
    },
    [],
  );

  const reset = useCallback(() => {
    ticket.current++;
    shownRows.current = [];
    setSource(null);
    setOverrides({});
    setPreview(null);
    setReading(false);
    setReadError(null);
    setHeaderFallback(false);
    setChoiceMap(new Map());
    setCommitError(null);
    setRowIssues(NO_ISSUES);
    setResult(null);
  }, []);

  const chooseFile = useCallback(
    async (file: File | null) => {
      reset();
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES) {
        setReadError(new AppError('IMPORT_TOO_LARGE', 'Checked before sending'));
        return;
      }
      const mine = ++ticket.current;
      setReading(true);
      try {
        const src = {
          fileName: file.name,
          dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
        };
        if (mine !== ticket.current) return;
        setSource(src);
        await read(src, {});
      } catch (err) {
        if (mine === ticket.current) {
          setReadError(toAppError(err));
          setReading(false);
        }
      }
    },
    [read, reset],
  );

  const change = useCallback(
    async (c: ReadingChange) => {
      if (!source) return;
      if (!preview) {
        // The first reading failed: try again with this one choice.
        await read(source, nextOverrides(overrides, emptyPreview, c));
        return;
      }
      const next = nextOverrides(overrides, preview, c);
      await read(source, next, withPreviousMapping(next, preview));
    },
    [source, preview, overrides, read],
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
            fileName: source?.fileName ?? '',
          }),
        );
      } catch (err) {
        const byLine = issuesByLine(issuesOf(err), rows);
        setRowIssues(byLine.size > 0 ? byLine : NO_ISSUES);
        setCommitError(toAppError(err));
      } finally {
        setCommitting(false);
      }
    },
    [preview, choices, source],
  );

  const setChoices = useCallback(
    (update: (prev: RowChoices) => RowChoices) => setChoiceMap((prev) => update(prev)),
    [],
  );

  return {
    fileName: source?.fileName ?? null,
    preview,
    reading,
    readError,
    headerFallback,
    choices,
    setChoices,
    committing,
    commitError,
    rowIssues,
    result,
    chooseFile,
    change,
    commit,
    reset,
  };
}

/** Stands in for the preview when the first reading failed and the operator retries a choice. */
const emptyPreview = { headerRow: 0, headerRows: 1, mapping: {} } as unknown as ImportPreview;
