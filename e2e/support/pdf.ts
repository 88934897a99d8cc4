import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pdfRoute } from '../../shared/documents/printRoute';

/**
 * A document printed as Electron's printToPDF prints it (the same Chromium engine), read back
 * with poppler-utils: the text of each page, in reading order.
 */
export async function printedPages(page: Page, url: string): Promise<string[]> {
  return (await printedPdf(page, url)).pages;
}

/**
 * A print route as a PDF maker loads it (`pdf=1`: the rows are laid out for paper only, see
 * PrintScreen), from the route as the operator opens it.
 */
export function pdfUrl(url: string): string {
  const hash = url.indexOf('#') + 1;
  return `${url.slice(0, hash)}${pdfRoute(url.slice(hash))}`;
}

/**
 * The PDF itself too, for a picture of its first page (firstPagePng). Loaded as a PDF maker
 * loads it unless `asOpened`: then as the operator opens the page to print it.
 */
export async function printedPdf(
  page: Page,
  url: string,
  { asOpened = false }: { asOpened?: boolean } = {},
): Promise<{ pdf: Buffer; pages: string[] }> {
  await page.goto(asOpened ? url : pdfUrl(url));
  await page.locator('body[data-print-ready="true"]').waitFor();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  // Kept beside the test's results, to look at (docs/screens has the committed pictures).
  if (process.env.DIEMCAU_PDF_OUT) fs.writeFileSync(process.env.DIEMCAU_PDF_OUT, pdf);
  return { pdf, pages: pdfPages(pdf) };
}

export function pdfPages(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The first page as a PNG, for docs/screens (pdftoppm). */
export function firstPagePng(pdf: Buffer, out: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-png-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      out.replace(/\.png$/, ''),
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
