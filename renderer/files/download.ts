import { base64ToBytes } from './base64';

/**
 * Saves a file the core produced: a Blob behind an object URL and a temporary a[download].
 * Chromium saves it to the downloads folder; Electron asks where to save it.
 */
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  const blob = new Blob([base64ToBytes(base64)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by now; the URL can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
