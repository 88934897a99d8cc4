import { Alert, Select, Stack } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api/schemas';
import type { RefreshOn } from '../../api/useApiQuery';
import { useApiQuery } from '../../api/useApiQuery';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { localIsoDate } from '../../format/vietnameseDate';

interface InviteMeetingSelectProps {
  value: string | null;
  onChange: (meetingId: string | null) => void;
  disabled?: boolean;
}

type Choice = Pick<MeetingSummary, 'id' | 'title' | 'date' | 'status'>;

const shortDate = (iso: string) => iso.split('-').reverse().join('/');

// A meeting finalized (or created) in another window while the file is being checked.
const REFRESH: RefreshOn = { 'meetings.changed': true };

/**
 * Today's and upcoming meetings that can still take invitees. A finalized meeting is never
 * offered, not even the one the import was opened from: the core would refuse the invitations
 * after the directory was already changed. That choice is dropped with a note saying why.
 */
export function InviteMeetingSelect({ value, onChange, disabled }: InviteMeetingSelectProps) {
  const { t } = useTranslation();
  const today = localIsoDate();
  const todays = useApiQuery('meetings.list', { when: 'today', today }, REFRESH);
  const upcoming = useApiQuery('meetings.list', { when: 'upcoming', today }, REFRESH);
  const listed = useMemo<Choice[]>(
    () => [...(todays.data ?? []), ...(upcoming.data ?? [])],
    [todays.data, upcoming.data],
  );
  // Opened from a past meeting's page: that meeting is not in either list.
  const missing = value !== null && !listed.some((m) => m.id === value);
  const chosen = useApiQuery('meetings.get', missing ? { id: value } : null, REFRESH);
  const selected = listed.find((m) => m.id === value) ?? (missing ? chosen.data : undefined);
  const [refusedTitle, setRefusedTitle] = useState<string | null>(null);

  useEffect(() => {
    if (selected?.status !== 'finalized') return;
    setRefusedTitle(selected.title);
    onChange(null);
  }, [selected, onChange]);

  const data = useMemo(() => {
    const meetings = listed.filter((m) => m.status !== 'finalized');
    if (missing && chosen.data && chosen.data.status !== 'finalized') meetings.push(chosen.data);
    return meetings.map((m) => ({
      value: m.id,
      label: t('import.invite.option', { date: shortDate(m.date), title: m.title }),
    }));
  }, [listed, missing, chosen.data, t]);

  return (
    <Stack gap="xs">
      <Select
        maw={720}
        label={t('import.invite.label')}
        description={t('import.invite.help')}
        placeholder={t('common.typeToSearch')}
        clearable
        searchable
        filter={foldedOptionsFilter}
        data={data}
        value={value}
        onChange={(id) => {
          setRefusedTitle(null);
          onChange(id);
        }}
        disabled={disabled}
        nothingFoundMessage={t('meetings.empty')}
      />
      {refusedTitle !== null && (
        <Alert color="orange" maw={720} data-testid="invite-finalized">
          {t('import.invite.finalized', { title: refusedTitle })}
        </Alert>
      )}
    </Stack>
  );
}
