import { Badge, Button, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface TopRowsProps {
  rows: string[][];
  headerRow: number;
  headerRows: 1 | 2;
  disabled: boolean;
  onChoose: (headerRow: number) => void;
}

/** The first rows of the sheet as read, to pick the header row by sight. */
export function TopRows({ rows, headerRow, headerRows, disabled, onChoose }: TopRowsProps) {
  const { t } = useTranslation();
  const isHeader = (i: number) => i >= headerRow && i < headerRow + headerRows;
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('import.topRows.help')}
      </Text>
      <ScrollArea.Autosize mah={300} type="auto">
        <Table fz="sm" verticalSpacing={4} highlightOnHover data-testid="import-top-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('import.topRows.line')}</Table.Th>
              <Table.Th w={130} />
              <Table.Th>{t('import.topRows.content')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((cells, i) => (
              <Table.Tr
                key={i}
                bg={isHeader(i) ? 'var(--mantine-color-blue-0)' : undefined}
                style={{ cursor: disabled ? undefined : 'pointer' }}
                onClick={() => !disabled && !isHeader(i) && onChoose(i)}
              >
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  {isHeader(i) ? (
                    <Badge variant="light" tt="none">
                      {t('import.topRows.current')}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="default"
                      disabled={disabled}
                      aria-label={t('import.topRows.chooseLine', { line: i + 1 })}
                      onClick={(e) => {
                        e.stopPropagation();
                        onChoose(i);
                      }}
                    >
                      {t('import.topRows.choose')}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {cells.filter((c) => c.trim() !== '').join('  |  ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
