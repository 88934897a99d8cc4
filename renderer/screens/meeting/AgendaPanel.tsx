import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMeetingContext } from './meetingContext';

/** The programme as planned, read-only here (it is edited in the meeting form). */
export function AgendaPanel() {
  const { t } = useTranslation();
  const { meeting } = useMeetingContext();
  if (meeting.agenda.length === 0) return <Text c="dimmed">{t('meeting.agendaEmpty')}</Text>;
  return (
    <Table verticalSpacing="sm" fz="md">
      <Table.Tbody>
        {meeting.agenda.map((item, i) => (
          <Table.Tr key={item.id}>
            <Table.Td w={40}>{i + 1}.</Table.Td>
            <Table.Td w={80}>{item.plannedStart ?? ''}</Table.Td>
            <Table.Td>
              <Text fw={600}>{item.title}</Text>
              {item.presenter && (
                <Text size="sm" c="dimmed">
                  {t('meeting.agendaPresenter', { name: item.presenter })}
                </Text>
              )}
            </Table.Td>
            <Table.Td w={100}>
              {item.durationMinutes !== null
                ? t('common.minutes', { count: item.durationMinutes })
                : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
