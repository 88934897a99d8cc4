import { Alert, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { localDate } from '../../../shared/time/localDate';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { MeetingForm } from './MeetingForm';
import { emptyMeetingValues, meetingToValues } from './meetingFormValues';

/** `#/meetings/new` and `#/meetings/:meetingId/edit`. */
export function MeetingFormScreen() {
  const { t } = useTranslation();
  const { meetingId } = useParams();
  const editing = meetingId !== undefined;
  const title = t(editing ? 'meetingForm.editTitle' : 'meetingForm.newTitle');
  useDocumentTitle(title);
  const {
    data: meeting,
    error,
    reload,
  } = useApiQuery('meetings.get', editing ? { id: meetingId } : null);

  let body;
  if (!editing) {
    body = (
      <MeetingForm
        meetingId={null}
        initial={emptyMeetingValues(localDate(new Date()))}
        locked={false}
      />
    );
  } else if (error) {
    body = <QueryError error={error} onRetry={reload} />;
  } else if (!meeting) {
    body = <Loader />;
  } else {
    const locked = meeting.status === 'finalized';
    body = (
      <>
        {locked && <Alert color="gray">{t('meeting.readOnly')}</Alert>}
        <MeetingForm
          key={meeting.id}
          meetingId={meeting.id}
          initial={meetingToValues(meeting)}
          locked={locked}
        />
      </>
    );
  }

  return (
    <Stack gap="md" maw={960}>
      <ScreenHeader title={title} />
      {body}
    </Stack>
  );
}
