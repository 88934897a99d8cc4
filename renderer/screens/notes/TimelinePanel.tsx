import { Chip, Group, Loader, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry, TimelineKind } from '../../../shared/api/notesSchemas';
import { TIMELINE_KINDS } from '../../../shared/api/notesSchemas';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { formatClockSeconds } from '../../format/vietnameseDate';
import { useMeetingContext } from '../meeting/meetingContext';
import { plainText } from './markdown';

const COLORS: Record<TimelineKind, string> = {
  speech: 'blue',
  note: 'teal',
  checkin: 'gray',
  incident: 'red',
};

/** Small line icons, drawn here: the app carries no icon font. */
const ICON_PATHS: Record<TimelineKind, ReactNode> = {
  speech: (
    <>
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0M12 18v3" />
    </>
  ),
  note: <path d="M5 4h10l4 4v12H5zM8 12h8M8 16h6" />,
  checkin: <path d="M4 12l5 5L20 6" />,
  incident: <path d="M12 3l10 18H2zM12 10v5M12 18v.5" />,
};

function KindIcon({ kind }: { kind: TimelineKind }) {
  return (
    <ThemeIcon color={COLORS[kind]} variant="light" size="md" radius="xl">
      <svg
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden
      >
        {ICON_PATHS[kind]}
      </svg>
    </ThemeIcon>
  );
}

function useEntryText() {
  const { t } = useTranslation();
  return (e: TimelineEntry): { what: string; detail: string } => {
    switch (e.kind) {
      case 'speech':
        return {
          what: t(`timeline.speech.${e.what}`, { defaultValue: e.what }),
          detail: [e.title, e.text].filter(Boolean).join(' — '),
        };
      case 'note':
        return {
          what: t(`notes.kinds.${e.what}`, { defaultValue: e.what }),
          detail: plainText(e.text),
        };
      case 'checkin':
        return {
          what: t(`attendanceStatus.${e.what}`, { defaultValue: e.what }),
          detail: [e.title, e.text].filter(Boolean).join(' — '),
        };
      case 'incident':
        return {
          what: t(`incidents.kinds.${e.what}`, { defaultValue: e.what }),
          detail: [
            e.until
              ? t('timeline.until', { time: formatClockSeconds(e.until) })
              : t('incidents.ongoing'),
            e.text,
          ]
            .filter(Boolean)
            .join(' — '),
        };
    }
  };
}

/** `#/meetings/:id/timeline`: what happened in the meeting, in time order, by kind. */
export function TimelinePanel() {
  const { t } = useTranslation();
  const { meeting } = useMeetingContext();
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const mine = (p: { meetingId: string }) => p.meetingId === meeting.id;
  const query = useApiQuery(
    'timeline.list',
    { meetingId: meeting.id, kinds },
    {
      'speeches.changed': mine,
      'notes.changed': mine,
      'incidents.changed': mine,
      'attendance.changed': mine,
    },
  );
  const textOf = useEntryText();

  return (
    <Stack gap="sm">
      <Chip.Group
        multiple
        value={kinds}
        onChange={(v) => setKinds(TIMELINE_KINDS.filter((k) => v.includes(k)))}
      >
        <Group gap="xs" role="group" aria-label={t('timeline.filter')}>
          {TIMELINE_KINDS.map((k) => (
            <Chip key={k} value={k} color={COLORS[k]}>
              {t(`timeline.kinds.${k}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {query.error && <QueryError error={query.error} onRetry={query.reload} />}
      {!query.data && !query.error && <Loader />}
      {query.data?.entries.length === 0 && <Text c="dimmed">{t('timeline.empty')}</Text>}
      {query.data && query.data.entries.length > 0 && (
        <Table verticalSpacing={6} data-testid="timeline">
          <Table.Tbody>
            {query.data.entries.map((e, i) => {
              const { what, detail } = textOf(e);
              return (
                <Table.Tr key={`${e.kind}-${e.refId}-${e.at}-${i}`} data-kind={e.kind}>
                  <Table.Td w={90}>
                    <Text ff="monospace" size="sm">
                      {formatClockSeconds(e.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td w={44}>
                    <KindIcon kind={e.kind} />
                  </Table.Td>
                  <Table.Td w={220}>
                    <Text fw={600} size="sm">
                      {what}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {detail}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
