import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dataReplaced } from './dataReplaced';

/**
 * For App: reload the page whenever the core says the data were replaced, from any window, and
 * after such a reload tell the operator why the screen started over. The window that made the
 * restore says more on the backups screen itself.
 */
export function useReloadOnDataReplaced(): void {
  const { t } = useTranslation();
  useEffect(() => dataReplaced.start(), []);
  useEffect(() => {
    if (!dataReplaced.notice('replaced')) return;
    dataReplaced.dismissNotice();
    notifications.show({
      id: 'data-replaced',
      color: 'blue',
      title: t('backups.replacedTitle'),
      message: t('backups.replacedBody'),
      autoClose: 10_000,
    });
  }, [t]);
}
