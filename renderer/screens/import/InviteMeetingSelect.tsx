import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api/schemas';
import { useApiQuery } from '../../api/useApiQuery';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { localIsoDate } from '../../format/vietnameseDate';

interface InviteMeetingSelectProps {
  value: string | null;
  onChange: (meetingId: string | null) => void;
  disabled?: boolean;
}

const shortDate = (iso: string) => iso.split('-').reverse().join('/');

/** Today's and upcoming meetings that can still take invitees; the preselected one always. */
export function InviteMeetingSelect({ value, onChange, disabled }: InviteMeetingSelectProps) {
  const { t } = useTranslation();
  const today = localIsoDate();
  const todays = useApiQuery('meetings.list', { when: 'today', today });
  const upcoming = useApiQuery('meetings.list', { when: 'upcoming', today });
  const listed = useMemo(
    () => [...(todays.data ?? []), ...(upcoming.data ?? [])],
    [todays.data, upcoming.data],
  );
  // Opened from a past meeting's page: that meeting is not in either list.
  const missing = value !== null && !listed.some((m) => m.id === value);
  const chosen = useApiQuery('meetings.get', missing ? { id: value } : null);

  const data = useMemo(() => {
    const meetings: Pick<MeetingSummary, 'id' | 'title' | 'date' | 'status'>[] = listed.filter(
      (m) => m.status !== 'finalized' || m.id === value,
    );
    if (missing && chosen.data) meetings.push(chosen.data);
    return meetings.map((m) => ({
      value: m.id,
      label: t('import.invite.option', { date: shortDate(m.date), title: m.title }),
    }));
  }, [listed, missing, chosen.data, value, t]);

  return (
    <Select
      maw={720}
      label={t('import.invite.label')}
      description={t('import.invite.help')}
      placeholder={t('import.invite.placeholder')}
      clearable
      searchable
      filter={foldedOptionsFilter}
      data={data}
      value={value}
      onChange={onChange}
      disabled={disabled}
      nothingFoundMessage={t('meetings.empty')}
    />
  );
}
