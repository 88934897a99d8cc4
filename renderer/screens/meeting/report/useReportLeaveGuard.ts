import { modals } from '@mantine/modals';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { hasUnsavedReport, useReportStore } from '../../../stores/reportStore';
import { leavesMeeting } from './leavesMeeting';

/**
 * Asks before the operator leaves the meeting with the report unsaved: switching tabs keeps
 * the edit, leaving the meeting (or closing the window) would lose it.
 */
export function useReportLeaveGuard(meetingId: string): void {
  const { t } = useTranslation();
  const unsaved = useReportStore((s) => hasUnsavedReport(s, meetingId));
  const blocker = useBlocker(
    ({ nextLocation }) => unsaved && leavesMeeting(meetingId, nextLocation.pathname),
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modals.openConfirmModal({
      title: t('report.leaveTitle'),
      children: t('report.leaveBody'),
      labels: { confirm: t('report.leave'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        useReportStore.getState().discard();
        blocker.proceed();
      },
      onCancel: () => blocker.reset(),
    });
  }, [blocker, t]);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
