import { Alert, Badge, Box, Button, Grid, Group, Loader, Menu, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../../../shared/api/reportSchemas';
import { reportIssueDate } from '../../../../shared/report/prose';
import { DisabledReason } from '../../../components/DisabledReason';
import { QueryError } from '../../../components/QueryError';
import { formatDateTime } from '../../../format/vietnameseDate';
import { hasUnsavedReport, useOpenReport, useReportStore } from '../../../stores/reportStore';
import { useMeetingContext } from '../meetingContext';
import { ReportEditor } from './ReportEditor';
import { ReportPreview } from './ReportPreview';
import { SendToCenter } from './SendToCenter';
import { sameContent } from './reportEdits';

/** "Bản 2 · lưu lúc 14:05:09 30/11/2026 bởi Lê Thị Mai" */
function useRevisionLine() {
  const { t } = useTranslation();
  return (r: RevisionInfo) =>
    t('report.revisionLine', {
      revision: r.revision,
      time: formatDateTime(r.savedAt),
      by: r.savedBy || t('report.unknownOperator'),
    });
}

function RevisionMenu() {
  const { t } = useTranslation();
  const revisions = useReportStore((s) => s.revisions) ?? [];
  const view = useReportStore((s) => s.view);
  const line = useRevisionLine();
  if (revisions.length === 0) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{t('report.revisions', { count: revisions.length })}</Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('report.revisionsTitle')}>
        {revisions.map((r) => (
          <Menu.Item
            key={r.revision}
            onClick={() => void view(r.revision)}
            rightSection={
              r.finalizedAt ? (
                <Badge color="green" size="sm">
                  {t('report.finalizedBadge')}
                </Badge>
              ) : null
            }
          >
            {line(r)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function ConflictNotice() {
  const { t } = useTranslation();
  const conflict = useReportStore((s) => s.conflict);
  const save = useReportStore((s) => s.save);
  const busy = useReportStore((s) => s.busy);
  if (!conflict) return null;
  return (
    <Alert color="orange" title={t('report.conflictTitle')} data-testid="report-conflict">
      <Stack gap="xs">
        <Text size="sm">{t('report.conflictBody', { revision: conflict.current ?? '' })}</Text>
        <Group>
          <Button
            size="xs"
            color="orange"
            loading={busy}
            onClick={() => void save({ overLatest: true })}
          >
            {t('report.saveOverLatest')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** A saved revision on show: read-only, with what it is and the way back to editing. */
function RevisionView() {
  const { t } = useTranslation();
  const viewing = useReportStore((s) => s.viewing)!;
  const edit = useReportStore((s) => s.edit);
  const latest = useReportStore((s) => s.revisions?.[0]?.revision ?? null);
  const editFrom = useReportStore((s) => s.editFrom);
  const line = useRevisionLine();
  const startEdit = () => {
    if (edit && hasUnsavedReport(useReportStore.getState(), viewing.content.meeting.id)) {
      modals.openConfirmModal({
        title: t('report.replaceEditTitle'),
        children: <Text>{t('report.replaceEditBody')}</Text>,
        labels: { confirm: t('report.editFromThis'), cancel: t('common.cancel') },
        onConfirm: () => editFrom(viewing),
      });
    } else editFrom(viewing);
  };
  return (
    <Stack gap="sm">
      <Alert color={viewing.finalizedAt ? 'green' : 'gray'} data-testid="report-readonly">
        <Text fw={600}>{line(viewing)}</Text>
        <Text size="sm">
          {viewing.finalizedAt
            ? t('report.finalizedLine', {
                time: formatDateTime(viewing.finalizedAt),
                by: viewing.finalizedBy || t('report.unknownOperator'),
              })
            : viewing.revision === latest
              ? t('report.readOnlyLatest')
              : t('report.readOnlyOlder')}
        </Text>
      </Alert>
      <Group>
        <Button onClick={startEdit}>{t('report.editFromThis')}</Button>
        {edit && (
          <Button variant="default" onClick={() => editFrom(null)}>
            {t('report.backToEdit')}
          </Button>
        )}
        <Box style={{ flex: 1 }} />
        <RevisionMenu />
      </Group>
      {viewing.finalizedAt && (
        <SendToCenter meetingId={viewing.content.meeting.id} revision={viewing.revision} />
      )}
      <Box maw={900}>
        <ReportPreview content={viewing.content} issuedOn={reportIssueDate(viewing, new Date())} />
      </Box>
    </Stack>
  );
}

function EditView() {
  const { t } = useTranslation();
  const edit = useReportStore((s) => s.edit)!;
  const revisions = useReportStore((s) => s.revisions) ?? [];
  const busy = useReportStore((s) => s.busy);
  const { save, finalize, generate } = useReportStore.getState();
  const dirty = !sameContent(edit.content, edit.saved);
  const base = revisions.find((r) => r.revision === edit.base) ?? null;
  const line = useRevisionLine();
  // Only the latest saved revision can be finalized: what is frozen is what is on screen.
  const finalizeBlocked =
    dirty || base === null || base !== revisions[0]
      ? t('report.finalizeSaveFirst')
      : base.finalizedAt !== null
        ? t('report.finalizeAlready')
        : null;

  const regenerate = () =>
    modals.openConfirmModal({
      title: t('report.regenerateTitle'),
      children: <Text>{t('report.regenerateBody')}</Text>,
      labels: { confirm: t('report.regenerate'), cancel: t('common.cancel') },
      confirmProps: { color: 'orange' },
      onConfirm: () => void generate(),
    });
  const confirmFinalize = () =>
    modals.openConfirmModal({
      title: t('report.finalizeTitle', { revision: edit.base }),
      children: <Text>{t('report.finalizeBody')}</Text>,
      labels: { confirm: t('report.finalize'), cancel: t('common.cancel') },
      confirmProps: { color: 'green' },
      onConfirm: () => void finalize(),
    });

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="nowrap" align="center">
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} data-testid="report-status">
            {base ? line(base) : t('report.unsavedDraft')}
          </Text>
          <Text size="sm" c={dirty ? 'orange' : 'dimmed'}>
            {dirty
              ? t('report.unsavedChanges')
              : base?.finalizedAt
                ? t('report.editingFinalized')
                : t('report.allSaved')}
          </Text>
        </Stack>
        <Button variant="default" onClick={regenerate} disabled={busy}>
          {t('report.regenerate')}
        </Button>
        <RevisionMenu />
        <DisabledReason reason={busy ? null : finalizeBlocked}>
          <Button variant="light" color="green" onClick={confirmFinalize} disabled={busy}>
            {t('report.finalize')}
          </Button>
        </DisabledReason>
        <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
          {t('report.save')}
        </Button>
      </Group>
      <ConflictNotice />
      {base?.finalizedAt && !dirty && (
        <SendToCenter meetingId={edit.content.meeting.id} revision={base.revision} />
      )}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ReportEditor />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Box
            style={{
              position: 'sticky',
              top: 72,
              maxHeight: 'calc(100vh - 88px)',
              overflowY: 'auto',
            }}
          >
            <ReportPreview content={edit.content} issuedOn={reportIssueDate(base, new Date())} />
          </Box>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** `#/meetings/:meetingId/report`: the summary report, drafted, edited, saved and finalized. */
export function ReportPanel() {
  const { t } = useTranslation();
  const { meeting } = useMeetingContext();
  useOpenReport(meeting.id);
  // Only what decides the view: the edit itself changes with every keystroke.
  const mine = useReportStore((s) => s.meetingId === meeting.id);
  const error = useReportStore((s) => s.error);
  const revisions = useReportStore((s) => s.revisions);
  const viewing = useReportStore((s) => s.viewing !== null);
  const editing = useReportStore((s) => s.edit !== null);
  const busy = useReportStore((s) => s.busy);
  const { open, generate } = useReportStore.getState();

  if (mine && error && revisions === null) {
    return <QueryError error={error} onRetry={() => open(meeting.id)} />;
  }
  if (!mine || revisions === null) return <Loader />;
  if (viewing) return <RevisionView />;
  if (editing) return <EditView />;
  if (revisions.length > 0) return <Loader />;
  return (
    <Stack gap="sm" align="flex-start">
      <Text>{t('report.empty')}</Text>
      <Button onClick={() => void generate()} loading={busy}>
        {t('report.generate')}
      </Button>
    </Stack>
  );
}
