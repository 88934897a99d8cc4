import {
  Box,
  Button,
  Group,
  Loader,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AttendanceFilter } from '../../../../shared/documents/attendance';
import { ATTENDANCE_FILTERS } from '../../../../shared/documents/attendance';
import type { DocumentKind } from '../../../../shared/documents/model';
import { DOCUMENT_KINDS, mainTable } from '../../../../shared/documents/model';
import { runAction } from '../../../api/runAction';
import { api } from '../../../api/bridge';
import { toAppError, useApiQuery } from '../../../api/useApiQuery';
import { QueryError } from '../../../components/QueryError';
import { DocumentView } from '../../../documents/DocumentView';
import { printRoute } from '../../../../shared/documents/printRoute';
import { notifyError, notifySuccess } from '../../../errors/notify';
import { downloadBase64 } from '../../../files/download';
import { formatDateTime } from '../../../format/vietnameseDate';
import { useMeetingContext } from '../meetingContext';
import classes from './DocumentsPanel.module.css';

type FileFormat = 'docx' | 'xlsx' | 'csv';

let jobCounter = 0;
const newJobId = () => `document-${Date.now().toString(36)}-${++jobCounter}`;

/** `?` or `&`, to add a parameter to a print route. */
const printQuery = (r: Parameters<typeof printRoute>[0]) =>
  printRoute(r).includes('?') ? '&' : '?';

/** Lists go to every format; the report, a text, only to DOCX and PDF. */
const FORMATS: FileFormat[] = ['docx', 'xlsx', 'csv'];

/**
 * The meeting's documents: pick one, see it as it will print, then save it as DOCX, XLSX or
 * CSV, or print it (and save the PDF) from the same template.
 */
export function DocumentsPanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { meeting } = useMeetingContext();
  const [document, setDocument] = useState<DocumentKind>('attendance');
  const [filter, setFilter] = useState<AttendanceFilter>('all');
  const [busy, setBusy] = useState<FileFormat | 'pdf' | null>(null);
  /** The file being built: its job (to cancel it) and how far it has got. */
  const [running, setRunning] = useState<{ jobId: string; fraction: number } | null>(null);
  const jobRef = useRef<string | null>(null);
  useEffect(
    () =>
      api.on('jobs.progress', (p) => {
        if (p.jobId === jobRef.current) setRunning({ jobId: p.jobId, fraction: p.fraction });
      }),
    [],
  );
  /** The report's revision to print: 'latest' is the latest saved (or the draft, if none). */
  const [revisionChoice, setRevisionChoice] = useState<string | null>(null);
  const refresh = (p: { meetingId: string }) => p.meetingId === meeting.id;
  const revisions = useApiQuery(
    'reports.revisions',
    document === 'report' ? { meetingId: meeting.id } : null,
    { 'reports.changed': refresh },
  ).data?.revisions;
  // Unless the operator chose, a finalized revision is what the report is: print that one.
  const chosen =
    revisionChoice ?? String(revisions?.find((r) => r.finalizedAt)?.revision ?? 'latest');
  const revision = document === 'report' && chosen !== 'latest' ? Number(chosen) : undefined;
  const request = { meetingId: meeting.id, document, filter, ...(revision ? { revision } : {}) };
  const { data, error, reload } = useApiQuery('documents.model', request, {
    'attendance.changed': refresh,
    'speeches.changed': refresh,
    'reports.changed': refresh,
    'meetings.changed': () => true,
  });

  /** Runs one named job with the progress bar and the cancel button showing. */
  const withJob = async <T,>(format: FileFormat | 'pdf', work: (jobId: string) => Promise<T>) => {
    const jobId = newJobId();
    jobRef.current = jobId;
    setBusy(format);
    setRunning({ jobId, fraction: 0 });
    try {
      return await work(jobId);
    } finally {
      jobRef.current = null;
      setRunning(null);
      setBusy(null);
    }
  };

  const cancel = () => {
    const jobId = jobRef.current;
    if (jobId) void api.invoke('jobs.cancel', { id: jobId }).catch(() => undefined);
  };

  const failed = (err: unknown) => {
    if (toAppError(err).code === 'JOB_CANCELLED') notifySuccess(t('documents.cancelled'));
    else notifyError(err);
  };

  /**
   * The desktop app asks where to save and writes the file whole (documents.save); the browser
   * build has no such dialog, so it downloads the file (documents.export).
   */
  const exportAs = (format: FileFormat) =>
    withJob(format, async (jobId) => {
      try {
        const saved = await api.invoke('documents.save', { ...request, format, jobId });
        if (saved.saved)
          notifySuccess(t('documents.savedTo', { file: saved.fileName, path: saved.path }));
        return;
      } catch (err) {
        if (toAppError(err).code !== 'PLATFORM_UNSUPPORTED') return failed(err);
      }
      const file = await runAction(
        'documents.export',
        { ...request, format, jobId },
        { success: (f) => t('documents.exported', { file: f.fileName }) },
      );
      if (file) downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    });

  /**
   * The desktop app prints the PDF itself and saves it where the operator says; the browser
   * build cannot, so it opens the document to print, where the browser's dialog saves the PDF.
   */
  const savePdf = () =>
    withJob('pdf', async (jobId) => {
      try {
        const saved = await api.invoke('documents.save', { ...request, format: 'pdf', jobId });
        if (saved.saved)
          notifySuccess(t('documents.savedTo', { file: saved.fileName, path: saved.path }));
      } catch (err) {
        if (toAppError(err).code === 'PLATFORM_UNSUPPORTED') {
          void navigate(`${printRoute(request)}${printQuery(request)}print=1`);
        } else {
          failed(err);
        }
      }
    });

  const hasTable = data ? mainTable(data) !== null : false;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('documents.which')}
          data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
          value={document}
          onChange={(v) => {
            const next = DOCUMENT_KINDS.find((k) => k === v);
            if (next) setDocument(next);
          }}
          allowDeselect={false}
          w={280}
        />
        {document === 'attendance' && (
          <SegmentedControl
            aria-label={t('documents.filterLabel')}
            data={ATTENDANCE_FILTERS.map((f) => ({ value: f, label: t(`documents.filter.${f}`) }))}
            value={filter}
            onChange={(v) => setFilter(ATTENDANCE_FILTERS.find((f) => f === v) ?? 'all')}
          />
        )}
        {document === 'report' && revisions && (
          <Select
            label={t('documents.revisionLabel')}
            data={[
              {
                value: 'latest',
                label: t(
                  revisions.length ? 'documents.revision.latest' : 'documents.revision.draft',
                ),
              },
              ...revisions.map((r) => ({
                value: String(r.revision),
                label: t(
                  r.finalizedAt ? 'documents.revision.finalized' : 'documents.revision.saved',
                  {
                    revision: r.revision,
                    time: formatDateTime(r.finalizedAt ?? r.savedAt),
                  },
                ),
              })),
            ]}
            value={chosen}
            onChange={(v) => setRevisionChoice(v ?? 'latest')}
            allowDeselect={false}
            w={340}
          />
        )}
      </Group>
      <Group gap="sm">
        {FORMATS.filter((f) => f === 'docx' || hasTable).map((f) => (
          <Button
            key={f}
            variant={f === 'docx' ? 'filled' : 'default'}
            loading={busy === f}
            disabled={busy !== null || !data}
            onClick={() => void exportAs(f)}
          >
            {t(`documents.save.${f}`)}
          </Button>
        ))}
        <Button
          variant="default"
          loading={busy === 'pdf'}
          disabled={busy !== null || !data}
          onClick={() => void savePdf()}
        >
          {t('documents.save.pdf')}
        </Button>
        <Button
          variant="default"
          disabled={!data}
          onClick={() => void navigate(`${printRoute(request)}${printQuery(request)}print=1`)}
        >
          {t('documents.print')}
        </Button>
        <Button variant="subtle" onClick={() => void navigate(printRoute(request))}>
          {t('documents.openAlone')}
        </Button>
      </Group>
      {running && (
        <Group gap="sm" wrap="nowrap" data-testid="document-progress">
          <Progress
            value={Math.round(running.fraction * 100)}
            aria-label={t('documents.progressLabel')}
            w={240}
            animated
          />
          <Text size="sm" aria-live="polite">
            {t('documents.progress', {
              format: (busy ?? '').toUpperCase(),
              percent: Math.round(running.fraction * 100),
            })}
          </Text>
          <Button size="xs" variant="default" onClick={cancel}>
            {t('documents.cancel')}
          </Button>
        </Group>
      )}
      <Text size="sm" c="dimmed">
        {t('documents.pdfHint')}
      </Text>
      {error && <QueryError error={error} onRetry={reload} />}
      {!data && !error && <Loader />}
      {data && (
        <Box
          className={classes.preview}
          aria-label={t('documents.preview')}
          role="region"
          tabIndex={0}
        >
          <DocumentView model={data} screen />
        </Box>
      )}
    </Stack>
  );
}
