import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runAction } from '../../api/runAction';
import { downloadBase64 } from '../../files/download';

type Format = 'xlsx' | 'csv';

/** The whole directory (people in office) as an Excel or CSV file, in protocol order. */
export function ExportButtons({ includeRetired }: { includeRetired: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);

  const exportAs = async (format: Format) => {
    setBusy(format);
    try {
      const file = await runAction(
        'directory.export',
        { format, includeRetired },
        { success: (f) => t('directory.exported', { count: f.rows, file: f.fileName }) },
      );
      if (file) downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button
        variant="default"
        loading={busy === 'xlsx'}
        disabled={busy !== null}
        onClick={() => void exportAs('xlsx')}
      >
        {t('directory.exportXlsx')}
      </Button>
      <Button
        variant="default"
        loading={busy === 'csv'}
        disabled={busy !== null}
        onClick={() => void exportAs('csv')}
      >
        {t('directory.exportCsv')}
      </Button>
    </>
  );
}
