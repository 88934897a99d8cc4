import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The window's title while a screen is open, "<screen> – Điểm Cầu" (what the taskbar and a
 * screen reader announce, and what tells two windows apart), put back when it closes. Every
 * screen sets one, so the title never names the screen left behind.
 */
export function useDocumentTitle(screen: string): void {
  const { t } = useTranslation();
  const title = screen ? `${screen} – ${t('app.name')}` : t('app.name');
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
