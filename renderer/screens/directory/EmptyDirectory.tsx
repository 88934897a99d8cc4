import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A directory with nobody in it: the two ways to fill it, where the list would be. */
export function EmptyDirectory({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" data-testid="directory-empty">
      <Stack align="center" gap="sm">
        <Title order={3} size="h4">
          {t('directory.emptyTitle')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('directory.emptyBody')}
        </Text>
        <Group mt="xs">
          <Button component={Link} to="/directory/import" size="md">
            {t('directory.importFile')}
          </Button>
          <Button size="md" variant="light" onClick={onAdd}>
            {t('directory.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
