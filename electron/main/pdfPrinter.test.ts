import { describe, expect, it } from 'vitest';
import type { PrintableWindow } from './pdfPrinter';
import { createPdfPrinter } from './pdfPrinter';

function fakeWindow(readyAfter: number) {
  const calls: string[] = [];
  let checks = 0;
  const win: PrintableWindow & { calls: string[] } = {
    calls,
    loadURL: async (url) => {
      calls.push(`load ${url}`);
    },
    webContents: {
      executeJavaScript: async () => ++checks > readyAfter,
      printToPDF: async (options) => {
        calls.push(`print ${JSON.stringify(options)}`);
        return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
      },
    },
    destroy: () => calls.push('destroy'),
  };
  return win;
}

describe('PDF in the desktop app', () => {
  it('prints the print route once the page is ready, with the CSS page size, then closes', async () => {
    const win = fakeWindow(3);
    const print = createPdfPrinter({ createWindow: () => win, origin: 'app://diemcau', pollMs: 1 });
    const pdf = await print('/print/m1/attendance?filter=absent');
    expect([...pdf]).toEqual([0x25, 0x50, 0x44, 0x46]);
    expect(win.calls).toEqual([
      'load app://diemcau/index.html#/print/m1/attendance?filter=absent&pdf=1',
      'print {"preferCSSPageSize":true,"printBackground":true}',
      'destroy',
    ]);
  });

  it('gives up on a page that never gets ready, and still closes the window', async () => {
    const win = fakeWindow(Infinity);
    const print = createPdfPrinter({
      createWindow: () => win,
      origin: 'app://diemcau',
      timeoutMs: 20,
      pollMs: 1,
    });
    await expect(print('/print/m1/signin')).rejects.toThrow(/not ready/);
    expect(win.calls.at(-1)).toBe('destroy');
  });

  it('loads nothing but a print route', async () => {
    const win = fakeWindow(0);
    const print = createPdfPrinter({ createWindow: () => win, origin: 'app://diemcau' });
    await expect(print('/meetings')).rejects.toThrow(/Not a print route/);
    expect(win.calls).toEqual([]);
  });
});
