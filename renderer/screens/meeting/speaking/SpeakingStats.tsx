import { Button, Collapse, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/api/schemas';
import { formatDuration } from '../../../../shared/speaking/timing';
import { useApiQuery } from '../../../api/useApiQuery';
import { QueryError } from '../../../components/QueryError';
import { compareWithPlan } from './agendaTiming';
import { clockOf, clockWithSeconds, originText } from './speechText';

interface SpeakingStatsProps {
  meeting: Meeting;
  agendaTitle: (id: string | null) => string | null;
}

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** "+5 phút", "−3 phút", "đúng giờ". */
function useSignedMinutes() {
  const { t } = useTranslation();
  return (minutes: number | null, kind: 'start' | 'length') => {
    if (minutes === null) return '';
    if (minutes === 0) return t(`speaking.stats.${kind}OnTime`);
    return t(`speaking.stats.${kind}${minutes > 0 ? 'Later' : 'Earlier'}`, {
      count: Math.abs(minutes),
    });
  };
}

function Tally({ count, totalMs }: { count: number; totalMs: number }) {
  return (
    <>
      <Table.Td style={numeric}>{count}</Table.Td>
      <Table.Td style={numeric}>{formatDuration(totalMs)}</Table.Td>
    </>
  );
}

/** Speeches and time per origin or per speaker: one row each, the first cell saying who. */
function TallyTable({
  id,
  title,
  first,
  rows,
}: {
  id: string;
  title: string;
  first: string;
  rows: { key: string; cell: ReactNode; count: number; totalMs: number }[];
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={700} mb={4} id={`${id}-title`}>
        {title}
      </Text>
      <Table striped aria-labelledby={`${id}-title`} data-testid={id}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            <Table.Th>{t('speaking.stats.count')}</Table.Th>
            <Table.Th>{t('speaking.stats.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.cell}</Table.Td>
              <Tally count={row.count} totalMs={row.totalMs} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/**
 * The counts, from the core (speeches.stats): speeches and time per origin, per speaker and
 * per agenda item, the plan beside what happened, and overruns. It is what the report of the
 * meeting needs, so it is most use after the meeting; a speech still in progress counts up
 * to the moment the figures were taken, which is said.
 */
function StatsTables({ meeting, agendaTitle }: SpeakingStatsProps) {
  const { t } = useTranslation();
  const signed = useSignedMinutes();
  const { data, error, reload } = useApiQuery(
    'speeches.stats',
    { meetingId: meeting.id },
    {
      'speeches.changed': (p) => p.meetingId === meeting.id,
      'meetings.changed': (p) => p.meetingId === null || p.meetingId === meeting.id,
    },
  );
  if (error && !data) return <QueryError error={error} onRetry={reload} />;
  if (!data) return <Loader size="sm" />;
  if (data.count === 0) return <Text c="dimmed">{t('speaking.stats.none')}</Text>;

  return (
    <Stack gap="md">
      <Group gap="xl" data-testid="stats-totals">
        <Text>
          {t('speaking.stats.total', { count: data.count, time: formatDuration(data.totalMs) })}
        </Text>
        <Text fw={data.overruns > 0 ? 700 : 400}>
          {data.overruns > 0
            ? t('speaking.stats.overruns', {
                count: data.overruns,
                time: formatDuration(data.overrunMs),
              })
            : t('speaking.stats.noOverruns')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('speaking.stats.asOf', { time: clockWithSeconds(data.now) })}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={reload}>
          {t('speaking.stats.refresh')}
        </Button>
      </Group>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <TallyTable
          id="stats-by-origin"
          title={t('speaking.stats.byOrigin')}
          first={t('speaking.stats.origin')}
          rows={data.byOrigin.map((row) => ({ ...row, cell: originText(row.origin, t) }))}
        />
        <TallyTable
          id="stats-by-speaker"
          title={t('speaking.stats.bySpeaker')}
          first={t('speaking.stats.speaker')}
          rows={data.bySpeaker.map((row) => ({
            ...row,
            cell: (
              <>
                <Text size="sm" fw={600}>
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[row.position, originText(row.origin, t)].filter(Boolean).join(' · ')}
                </Text>
              </>
            ),
          }))}
        />
      </SimpleGrid>

      <div>
        <Text fw={700} mb={4} id="stats-agenda-title">
          {t('speaking.stats.byAgenda')}
        </Text>
        <Table striped aria-labelledby="stats-agenda-title" data-testid="stats-by-agenda">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('speaking.stats.agendaItem')}</Table.Th>
              <Table.Th>{t('speaking.stats.planned')}</Table.Th>
              <Table.Th>{t('speaking.stats.actual')}</Table.Th>
              <Table.Th>{t('speaking.stats.difference')}</Table.Th>
              <Table.Th>{t('speaking.stats.count')}</Table.Th>
              <Table.Th>{t('speaking.stats.time')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.byAgendaItem.map((row) => {
              const diff = compareWithPlan(row, meeting.date);
              const planned = [
                row.plannedStart,
                row.plannedMinutes !== null
                  ? t('common.minutes', { count: row.plannedMinutes })
                  : null,
              ].filter(Boolean);
              const actual =
                row.actualStart !== null && diff.actualMs !== null
                  ? t('speaking.stats.actualAt', {
                      start: clockOf(row.actualStart),
                      duration: formatDuration(diff.actualMs),
                    })
                  : '';
              const differences = [
                signed(diff.startDiffMinutes, 'start'),
                signed(diff.lengthDiffMinutes, 'length'),
              ].filter(Boolean);
              return (
                <Table.Tr key={row.agendaItemId ?? '~'}>
                  <Table.Td>{agendaTitle(row.agendaItemId) ?? t('speaking.noItem')}</Table.Td>
                  <Table.Td style={numeric}>{planned.join(', ') || '–'}</Table.Td>
                  <Table.Td style={numeric}>{actual || '–'}</Table.Td>
                  <Table.Td>{differences.join('; ') || '–'}</Table.Td>
                  <Tally count={row.count} totalMs={row.totalMs} />
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

/** The statistics, folded away while the meeting runs and open once it has ended. */
export function SpeakingStats({ meeting, agendaTitle }: SpeakingStatsProps) {
  const { t } = useTranslation();
  const ended = meeting.status === 'ended' || meeting.status === 'finalized';
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? ended;
  return (
    <section aria-labelledby="speaking-stats-title" data-testid="speaking-stats">
      <Group gap="sm">
        <Text id="speaking-stats-title" fw={700} size="lg">
          {t('speaking.stats.title')}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={shown}
          aria-controls="speaking-stats-body"
          onClick={() => setOpen(!shown)}
        >
          {shown ? t('speaking.stats.hide') : t('speaking.stats.show')}
        </Button>
      </Group>
      <Collapse in={shown} id="speaking-stats-body" mt="xs">
        {shown && <StatsTables meeting={meeting} agendaTitle={agendaTitle} />}
      </Collapse>
    </section>
  );
}
