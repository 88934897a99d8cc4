import { Button, FileInput, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/bridge';
import { useApiAction } from '../../api/useApiAction';
import { openConfirm } from '../../components/openConfirm';
import { notifyError } from '../../errors/notify';
import { bytesToBase64 } from '../../files/base64';
import { downloadBase64 } from '../../files/download';

/** Parts of the file sent to the core, under the transports' 20 MB limit once in base64. */
const PART_BYTES = 8 * 1024 * 1024;
const MIN_PASSWORD = 8;

const newUploadId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/**
 * Moving to a new machine: the whole data folder as one password-sealed file
 * (transfer.export), and that file opened on the new machine (transfer.receive in parts, then
 * transfer.import, which checks all of it before anything is replaced; the page then reloads).
 */
export function TransferPanel() {
  const { t } = useTranslation();
  const exporter = useApiAction();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [importPassword, setImportPassword] = useState('');
  const [importing, setImporting] = useState(false);

  const tooShort = password.length < MIN_PASSWORD;
  const mismatch = repeat !== password;

  const exportAll = async () => {
    setTried(true);
    if (tooShort || mismatch) return;
    const sealed = await exporter.run('transfer.export', { password }, (f) =>
      t('transfer.exported', { file: f.fileName }),
    );
    if (sealed) {
      downloadBase64(sealed.fileName, sealed.mimeType, sealed.dataBase64);
      setPassword('');
      setRepeat('');
      setTried(false);
    }
  };

  const importAll = async (chosen: File) => {
    setImporting(true);
    try {
      const uploadId = newUploadId();
      for (let offset = 0; offset < chosen.size || offset === 0; offset += PART_BYTES) {
        const part = new Uint8Array(await chosen.slice(offset, offset + PART_BYTES).arrayBuffer());
        await api.invoke('transfer.receive', { uploadId, offset, dataBase64: bytesToBase64(part) });
        if (chosen.size === 0) break;
      }
      // The core replaces the data and says so (data.replaced): the page reloads from there.
      await api.invoke('transfer.import', { uploadId, password: importPassword });
    } catch (err) {
      notifyError(err);
      setImporting(false);
    }
  };

  const confirmImport = () => {
    if (!file || importPassword === '') return;
    openConfirm({
      title: t('transfer.importConfirmTitle'),
      children: <Text>{t('transfer.importConfirmBody')}</Text>,
      labels: { confirm: t('transfer.importAction'), cancel: t('common.cancel') },
      confirmProps: { color: 'orange' },
      onConfirm: () => void importAll(file),
    });
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('transfer.title')}
        </Title>
        <Text>{t('transfer.intro')}</Text>
        <Group align="flex-start" wrap="wrap">
          <PasswordInput
            label={t('transfer.password')}
            description={t('transfer.passwordHelp')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={tried && tooShort ? t('transfer.tooShort') : undefined}
            autoComplete="new-password"
            w={260}
          />
          <PasswordInput
            label={t('transfer.confirm')}
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={tried && !tooShort && mismatch ? t('transfer.mismatch') : undefined}
            autoComplete="new-password"
            w={260}
          />
        </Group>
        <Group>
          <Button onClick={() => void exportAll()} loading={exporter.busy} disabled={importing}>
            {t('transfer.export')}
          </Button>
        </Group>
        <Group align="flex-end" wrap="wrap" mt="sm">
          <FileInput
            label={t('transfer.importFile')}
            placeholder={t('import.file.placeholder')}
            accept=".diemcau"
            value={file}
            onChange={setFile}
            clearable
            w={300}
          />
          <PasswordInput
            label={t('transfer.importPassword')}
            value={importPassword}
            onChange={(e) => setImportPassword(e.currentTarget.value)}
            autoComplete="off"
            w={260}
          />
          <Button
            variant="default"
            onClick={confirmImport}
            loading={importing}
            disabled={!file || importPassword === '' || exporter.busy}
          >
            {t('transfer.import')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
