import type { MantineSize } from '@mantine/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, MeetingStatus } from '../../shared/api/schemas';
import { PathIcon } from './PathIcon';

export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  pending: 'gray',
  present: 'green',
  late: 'yellow',
  absent_excused: 'blue',
  absent: 'red',
  substituted: 'grape',
  left_early: 'orange',
};

const MEETING_COLORS: Record<MeetingStatus, string> = {
  planned: 'blue',
  in_progress: 'green',
  ended: 'gray',
  finalized: 'dark',
};

// One outline icon per status (24-unit grid, drawn with the text colour), so a status reads
// without its colour: on a monochrome projector, in print, or for a colour-blind operator.
const ATTENDANCE_ICONS: Record<AttendanceStatus, string> = {
  pending: 'M12 5a7 7 0 1 0 0.01 0', // an empty circle: nothing recorded yet
  present: 'M5 12.5l4.5 4.5l9.5 -10', // a tick
  late: 'M12 4a8 8 0 1 0 0.01 0M12 8v4.5l3 2', // a clock
  absent_excused: 'M7 3h10v18h-10zM9.5 8h5M9.5 12h5M9.5 16h3', // a note: the reason
  absent: 'M6.5 6.5l11 11M17.5 6.5l-11 11', // a cross
  substituted: 'M4 8h14l-3.5 -3.5M20 16h-14l3.5 3.5', // two arrows: one for another
  left_early: 'M13 5h-7v14h7M10 12h10M16.5 8.5l3.5 3.5l-3.5 3.5', // out through the door
};

function StatusIcon({ status }: { status: AttendanceStatus }) {
  return <PathIcon d={ATTENDANCE_ICONS[status]} />;
}

// A status is read at a glance: the pill is never narrower than its words ("Đang …" said
// nothing), whatever room its table column is left with.
const WHOLE = 'max-content';

/**
 * A recorded attendance status: a pill with an icon and the status' name. It is never
 * clickable, and nothing clickable is drawn like it (actions are buttons and menu items), so a
 * badge always reads as "this is the state", never as "press me".
 */
export function AttendanceBadge({
  status,
  size = 'lg',
}: {
  status: AttendanceStatus;
  size?: MantineSize;
}) {
  const { t } = useTranslation();
  return (
    <AttendanceBadgeLabelled status={status} size={size} label={t(`attendanceStatus.${status}`)} />
  );
}

/**
 * The same badge with its name given, for a list that translates once for all its rows
 * (check-in): `useTranslation` in each of ~40 rows mounting at once was measurably slow.
 */
export function AttendanceBadgeLabelled({
  status,
  size = 'lg',
  label,
}: {
  status: AttendanceStatus;
  size?: MantineSize;
  label: string;
}) {
  return (
    <Badge
      color={ATTENDANCE_COLORS[status]}
      variant="light"
      size={size}
      tt="none"
      miw={WHOLE}
      leftSection={<StatusIcon status={status} />}
      data-status-badge={status}
    >
      {label}
    </Badge>
  );
}

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={MEETING_COLORS[status]} variant="filled" tt="none" miw={WHOLE}>
      {t(`meetingStatus.${status}`)}
    </Badge>
  );
}
