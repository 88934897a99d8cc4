import { useEffect } from 'react';

/**
 * The window's title while a screen is open (what the taskbar and a screen reader announce),
 * put back when it closes, since screens without a title of their own keep the page's.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
