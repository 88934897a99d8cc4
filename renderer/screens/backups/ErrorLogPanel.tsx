import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../api/useApiAction';
import { downloadBase64 } from '../../files/download';

/**
 * "Gửi nhật ký lỗi": the core gathers the last logs and the versions, without personal data,
 * into one text file (logs.collect); the page saves it like any exported document.
 */
export function ErrorLogPanel() {
  const { t } = useTranslation();
  const collect = useApiAction();
  const save = async () => {
    const file = await collect.run('logs.collect', {}, (f) =>
      t('errorLog.saved', { file: f.fileName }),
    );
    if (file) downloadBase64(file.fileName, file.mimeType, file.dataBase64);
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('errorLog.title')}
        </Title>
        <Text>{t('errorLog.intro')}</Text>
        <Group>
          <Button variant="default" onClick={() => void save()} loading={collect.busy}>
            {t('errorLog.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
