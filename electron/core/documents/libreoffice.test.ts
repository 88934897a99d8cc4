import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendanceDocument } from '../../../shared/documents/attendance';
import {
  BRIEFING_MEETING,
  BRIEFING_PROFILE,
  briefingInvitees,
} from '../../../shared/testing/briefing';
import { writeDocx } from './docx';

/**
 * The DOCX opened by a real word processor: LibreOffice converts it to PDF and the PDF's text
 * is read back (names with their diacritics, in order; the table's header again on page 2).
 * LibreOffice is large and CI does not install it, so this runs where `soffice` and
 * `pdftotext` exist (`apt-get install libreoffice-writer-nogui poppler-utils`) and says why it
 * is skipped elsewhere.
 */
const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const available = has('soffice') && has('pdftotext');
if (!available) console.info('LibreOffice check skipped: soffice or pdftotext is not installed');

describe.skipIf(!available)('a DOCX in LibreOffice', () => {
  it('opens, keeps every name in order, and repeats the table header on page 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-lo-'));
    try {
      const invitees = briefingInvitees();
      const model = attendanceDocument(BRIEFING_PROFILE, BRIEFING_MEETING, invitees, 'all');
      const docx = path.join(dir, 'danh-sach.docx');
      fs.writeFileSync(docx, await writeDocx(model));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          docx,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pages = execFileSync(
        'pdftotext',
        ['-layout', '-enc', 'UTF-8', path.join(dir, 'danh-sach.pdf'), '-'],
        {
          encoding: 'utf8',
        },
      )
        .split('\f')
        .filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      const text = pages.join('\n');
      const at = invitees.map((i) => text.indexOf(i.fullName));
      expect(at.every((p) => p >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(pages[0]).toContain('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ');
      expect(pages[1]).toMatch(/STT\s+Họ và tên\s+Chức vụ/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
