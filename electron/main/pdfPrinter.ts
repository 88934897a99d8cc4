/**
 * PDF in the desktop app: the document's print route (the same template as the preview and the
 * paper) loaded in a hidden window of the app, printed with Chromium's printToPDF once the page
 * says its model and fonts are in. Written against the few members of BrowserWindow it uses, so
 * it is tested with a fake window; index.ts hands it real ones.
 */
import { pdfRoute } from '../../shared/documents/printRoute';

export interface PrintableWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: {
      preferCSSPageSize: boolean;
      printBackground: boolean;
    }): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface PdfPrinterDeps {
  /** A hidden window with the app's hardened preferences. */
  createWindow: () => PrintableWindow;
  /** Where the renderer is served: app://… */
  origin: string;
  /** How long a page may take to be ready; a document of 2,000 rows takes a few seconds. */
  timeoutMs?: number;
  pollMs?: number;
}

const READY = "document.body.dataset.printReady === 'true'";

export function createPdfPrinter({
  createWindow,
  origin,
  timeoutMs = 60_000,
  pollMs = 10,
}: PdfPrinterDeps) {
  return async function printToPdf(route: string): Promise<Uint8Array> {
    if (!route.startsWith('/print/')) throw new Error(`Not a print route: ${route}`);
    const win = createWindow();
    try {
      await win.loadURL(`${origin}/index.html#${pdfRoute(route)}`);
      const deadline = Date.now() + timeoutMs;
      while (!(await win.webContents.executeJavaScript(READY))) {
        if (Date.now() > deadline)
          throw new Error(`The print page was not ready in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, pollMs));
      }
      return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    } finally {
      win.destroy();
    }
  };
}
