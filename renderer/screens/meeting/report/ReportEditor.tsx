import {
  Accordion,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES } from '../../../../shared/api/schemas';
import type { ReportContent } from '../../../../shared/report/content';
import { INCIDENT_KINDS } from '../../../../shared/notes/model';
import { formatClock } from '../../../format/vietnameseDate';
import { useReportStore } from '../../../stores/reportStore';
import { ClockField, CountField, DateInputField, ListField, TextField } from './fields';
import type { Path } from './reportEdits';
import { NEW_ROW, joinDuration, splitDuration } from './reportEdits';

const SECTIONS = [
  'meeting',
  'chairs',
  'attendance',
  'speeches',
  'opinions',
  'conclusions',
  'recommendations',
  'tasks',
  'incidents',
  'remarks',
] as const;

type AddableList =
  | 'opinions'
  | 'conclusions'
  | 'recommendations'
  | 'centerChair'
  | 'leader'
  | 'other'
  | 'absence'
  | 'substitute'
  | 'speech'
  | 'task';

/** A list's row name ("Kết luận 2") and its add button ("Thêm kết luận"). */
function useListNames() {
  const { t } = useTranslation();
  return (kind: AddableList) => ({
    itemLabel: t(`report.item.${kind}`),
    addLabel: t(`report.add.${kind}`),
  });
}

/** A name and a post, side by side: chairs, leaders, absences, substitutes. */
function PersonFields({ path, nameKey = 'name' }: { path: Path; nameKey?: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2} spacing="xs">
      <TextField path={[...path, nameKey]} label={t('report.field.name')} />
      <TextField path={[...path, 'position']} label={t('report.field.position')} />
    </SimpleGrid>
  );
}

function LocalChair() {
  const { t } = useTranslation();
  const local = useReportStore((s) => s.edit?.content.chairs.local ?? null);
  const change = useReportStore((s) => s.change);
  if (local === null) {
    return (
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => change(['chairs', 'local'], NEW_ROW.person())}
        >
          {t('report.addLocalChair')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      <PersonFields path={['chairs', 'local']} />
      <Group>
        <Button
          variant="subtle"
          color="red"
          size="xs"
          onClick={() => change(['chairs', 'local'], null)}
        >
          {t('report.removeLocalChair')}
        </Button>
      </Group>
    </Stack>
  );
}

function AbsenceRow({ path }: { path: Path }) {
  const { t } = useTranslation();
  const excused = useReportStore((s) => {
    const i = path[path.length - 1] as number;
    return s.edit?.content.attendance.absences[i]?.excused ?? false;
  });
  const change = useReportStore((s) => s.change);
  return (
    <>
      <PersonFields path={path} />
      <Checkbox
        label={t('report.field.excused')}
        checked={excused}
        onChange={(e) => change([...path, 'excused'], e.currentTarget.checked)}
      />
      <TextField path={[...path, 'reason']} label={t('report.field.reason')} />
    </>
  );
}

/** A speech's length in minutes and seconds; when it began is the log's and shown as is. */
function SpeechDuration({ path }: { path: Path }) {
  const { t } = useTranslation();
  const index = path[path.length - 1] as number;
  const speech = useReportStore((s) => s.edit?.content.speeches[index]);
  const error = useReportStore((s) => s.fieldErrors[[...path, 'durationSeconds'].join('.')]);
  const change = useReportStore((s) => s.change);
  const parts = splitDuration(speech?.durationSeconds ?? null);
  const set = (minutes: number | null, seconds: number | null) =>
    change([...path, 'durationSeconds'], joinDuration(minutes, seconds));
  const num = (v: number | string) => (typeof v === 'number' ? v : null);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NumberInput
        label={t('report.field.minutes')}
        w={90}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        value={parts?.minutes ?? ''}
        error={error}
        onChange={(v) => set(num(v), parts?.seconds ?? null)}
      />
      <NumberInput
        label={t('report.field.seconds')}
        w={90}
        min={0}
        max={59}
        allowDecimal={false}
        allowNegative={false}
        value={parts?.seconds ?? ''}
        onChange={(v) => set(parts?.minutes ?? null, num(v))}
      />
      {speech?.startedAt && (
        <Text size="sm" c="dimmed" pb={8}>
          {t('report.startedAt', { time: formatClock(speech.startedAt) })}
        </Text>
      )}
    </Group>
  );
}

function IncidentRow({ path }: { path: Path }) {
  const { t } = useTranslation();
  const index = path[path.length - 1] as number;
  const incident = useReportStore((s) => s.edit?.content.incidents[index]);
  const change = useReportStore((s) => s.change);
  if (!incident) return null;
  return (
    <>
      <Group gap="xs" align="flex-end">
        <Select
          label={t('report.field.incidentKind')}
          data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`report.incidentKind.${k}`) }))}
          value={incident.kind}
          allowDeselect={false}
          onChange={(v) => v && change([...path, 'kind'], v)}
        />
        <Text size="sm" c="dimmed" pb={8}>
          {incident.endedAt
            ? t('common.timeRange', {
                start: formatClock(incident.startedAt),
                end: formatClock(incident.endedAt),
              })
            : t('report.incidentOpen', { time: formatClock(incident.startedAt) })}
        </Text>
      </Group>
      <TextField path={[...path, 'note']} label={t('report.field.note')} />
    </>
  );
}

type ItemList = 'opinions' | 'conclusions' | 'recommendations';

function ItemsSection({ list }: { list: ItemList }) {
  const { t } = useTranslation();
  const names = useListNames();
  return (
    <ListField<ReportContent[ItemList][number]>
      path={[list]}
      {...names(list)}
      newRow={NEW_ROW.item}
    >
      {(p) => <TextField path={[...p, 'text']} label={t('report.field.text')} multiline />}
    </ListField>
  );
}

/**
 * Every section of the report, editable; all open at first, each can be folded away. Memoised:
 * each field reads its own value from the store, so a keystroke redraws that field only.
 */
export const ReportEditor = memo(function ReportEditor() {
  const { t } = useTranslation();
  const names = useListNames();
  const section = (key: (typeof SECTIONS)[number]) => (
    <Accordion.Control>
      <Text fw={600}>{t(`report.section.${key}`)}</Text>
    </Accordion.Control>
  );
  return (
    <Accordion
      multiple
      defaultValue={[...SECTIONS]}
      variant="separated"
      data-testid="report-editor"
    >
      <Accordion.Item value="meeting">
        {section('meeting')}
        <Accordion.Panel>
          <Stack gap="xs">
            <TextField path={['meeting', 'title']} label={t('report.field.title')} />
            <TextField path={['meeting', 'centerHost']} label={t('report.field.centerHost')} />
            <SimpleGrid cols={3} spacing="xs">
              <DateInputField path={['meeting', 'date']} label={t('report.field.date')} />
              <ClockField path={['meeting', 'startTime']} label={t('report.field.startTime')} />
              <ClockField
                path={['meeting', 'endTime']}
                label={t('report.field.endTime')}
                optional
              />
            </SimpleGrid>
            <SimpleGrid cols={2} spacing="xs">
              <TextField path={['meeting', 'pointName']} label={t('report.field.pointName')} />
              <TextField path={['meeting', 'placeName']} label={t('report.field.placeName')} />
            </SimpleGrid>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="chairs">
        {section('chairs')}
        <Accordion.Panel>
          <Stack gap="xs">
            <ListField
              title={t('report.centerChairs')}
              path={['chairs', 'center']}
              {...names('centerChair')}
              newRow={NEW_ROW.person}
            >
              {(p) => <PersonFields path={p} />}
            </ListField>
            <Text size="sm" fw={600}>
              {t('report.localChair')}
            </Text>
            <LocalChair />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="attendance">
        {section('attendance')}
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('report.countsHint')}
            </Text>
            <SimpleGrid cols={4} spacing="xs">
              <CountField path={['attendance', 'invited']} label={t('report.field.invited')} />
              <CountField path={['attendance', 'attending']} label={t('report.field.attending')} />
              {ATTENDANCE_STATUSES.map((s) => (
                <CountField
                  key={s}
                  path={['attendance', 'byStatus', s]}
                  label={t(`attendanceStatus.${s}`)}
                />
              ))}
            </SimpleGrid>
            <ListField
              title={t('report.leaders')}
              path={['attendance', 'leaders']}
              {...names('leader')}
              newRow={NEW_ROW.person}
            >
              {(p) => <PersonFields path={p} />}
            </ListField>
            <ListField
              title={t('report.others')}
              path={['attendance', 'others']}
              {...names('other')}
              newRow={NEW_ROW.other}
            >
              {(p) => (
                <SimpleGrid cols={2} spacing="xs">
                  <TextField path={[...p, 'group']} label={t('report.field.group')} />
                  <CountField path={[...p, 'count']} label={t('report.field.count')} />
                </SimpleGrid>
              )}
            </ListField>
            <ListField
              title={t('report.absences')}
              path={['attendance', 'absences']}
              {...names('absence')}
              newRow={NEW_ROW.absence}
            >
              {(p) => <AbsenceRow path={p} />}
            </ListField>
            <ListField
              title={t('report.substitutes')}
              path={['attendance', 'substitutes']}
              {...names('substitute')}
              newRow={NEW_ROW.substitute}
            >
              {(p) => (
                <>
                  <PersonFields path={p} />
                  <SimpleGrid cols={2} spacing="xs">
                    <TextField path={[...p, 'forName']} label={t('report.field.forName')} />
                    <TextField path={[...p, 'forPosition']} label={t('report.field.forPosition')} />
                  </SimpleGrid>
                </>
              )}
            </ListField>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="speeches">
        {section('speeches')}
        <Accordion.Panel>
          <ListField path={['speeches']} {...names('speech')} newRow={NEW_ROW.speech}>
            {(p) => (
              <>
                <PersonFields path={p} nameKey="speaker" />
                <SimpleGrid cols={2} spacing="xs">
                  <TextField path={[...p, 'origin']} label={t('report.field.origin')} />
                  <TextField path={[...p, 'agendaItem']} label={t('report.field.agendaItem')} />
                </SimpleGrid>
                <TextField path={[...p, 'topic']} label={t('report.field.topic')} />
                <SpeechDuration path={p} />
              </>
            )}
          </ListField>
        </Accordion.Panel>
      </Accordion.Item>

      {(['opinions', 'conclusions', 'recommendations'] as const).map((list) => (
        <Accordion.Item key={list} value={list}>
          {section(list)}
          <Accordion.Panel>
            <ItemsSection list={list} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}

      <Accordion.Item value="tasks">
        {section('tasks')}
        <Accordion.Panel>
          <ListField path={['tasks']} {...names('task')} newRow={NEW_ROW.task}>
            {(p) => (
              <>
                <TextField path={[...p, 'text']} label={t('report.field.text')} multiline />
                <SimpleGrid cols={2} spacing="xs">
                  <TextField path={[...p, 'owner']} label={t('report.field.owner')} />
                  <DateInputField
                    path={[...p, 'deadline']}
                    label={t('report.field.deadline')}
                    optional
                  />
                </SimpleGrid>
              </>
            )}
          </ListField>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="incidents">
        {section('incidents')}
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('report.incidentsHint')}
            </Text>
            <ListField path={['incidents']} itemLabel={t('report.item.incident')}>
              {(p) => <IncidentRow path={p} />}
            </ListField>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      <Accordion.Item value="remarks">
        {section('remarks')}
        <Accordion.Panel>
          <TextField path={['remarks']} label={t('report.field.remarks')} multiline />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
});
