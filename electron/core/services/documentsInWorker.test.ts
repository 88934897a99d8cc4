import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { MethodInput } from '../../../shared/api/methods';
import type { DocumentModel } from '../../../shared/documents/model';
import { readable } from '../db/handles';
import { DB_FILE } from '../db/open';
import { buildDocument, documentFileStem } from '../domain/documents';
import { writeDocx } from '../documents/docx';
import { documentToCsv } from '../documents/sheet';
import { officePart } from '../documents/testing';
import { PROFILE, invite, meeting, person } from '../testing/fixtures';
import type { Harness } from '../testing/harness';
import { MINUTE, call, callAsync, start } from '../testing/harness';

/** A meeting with a list long enough to be worth the worker, and a speech and a report draft. */
function meetingWithEverything(h: Harness) {
  call(h, 'profile.save', {
    ...PROFILE,
    parentBody: 'Tỉnh ủy Thanh Hóa',
    issuingBody: 'Văn phòng',
  });
  const m = meeting(h, { date: '2026-02-03' });
  const people = Array.from({ length: 40 }, (_, i) =>
    person(h, `Nguyễn Thị Hạnh ${i}`, { position: i % 3 === 0 ? 'Giám đốc Sở' : 'Chuyên viên' }),
  );
  const invitees = invite(h, m, ...people);
  invitees.forEach((inv, i) => {
    if (i % 5 === 0) {
      call(h, 'attendance.set', { inviteeId: inv.id, status: 'absent_excused', reason: 'Ốm' });
    } else if (i % 7 !== 0) {
      call(h, 'attendance.set', { inviteeId: inv.id, status: i % 4 === 0 ? 'late' : 'present' });
    }
  });
  const s = call(h, 'speeches.add', {
    meetingId: m.id,
    fields: { speaker: { name: 'Đỗ Trọng Hưng' }, origin: { kind: 'center' } },
  }).changed[0]!;
  call(h, 'speeches.act', { meetingId: m.id, action: 'start', speechId: s.id });
  h.clock.advance(7 * MINUTE);
  call(h, 'speeches.act', { meetingId: m.id, action: 'end' });
  return { m, invitees };
}

const rowsOf = (model: DocumentModel) =>
  model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])).filter((r) => r.kind === 'row')
    .length;

type Request = Omit<MethodInput<'documents.export'>, 'format' | 'jobId'>;

async function exported(h: Harness, request: Request, format: 'docx' | 'csv') {
  const file = await callAsync(h, 'documents.export', { ...request, format });
  return { ...file, bytes: Buffer.from(file.dataBase64, 'base64') };
}

/** The fds this process holds on the database file (Linux: /proc/self/fd). */
function openOn(file: string): number {
  const dir = '/proc/self/fd';
  let n = 0;
  for (const fd of fs.readdirSync(dir)) {
    try {
      if (fs.readlinkSync(path.join(dir, fd)) === file) n++;
    } catch {
      // The fd of readdir itself, closed by now.
    }
  }
  return n;
}

describe('documents built in the worker', () => {
  it('are made from the same model the core builds, for every document', async () => {
    const h = start();
    const { m } = meetingWithEverything(h);
    const requests: Request[] = [
      { meetingId: m.id, document: 'attendance', filter: 'all' },
      { meetingId: m.id, document: 'attendance', filter: 'present' },
      { meetingId: m.id, document: 'attendance', filter: 'absent' },
      { meetingId: m.id, document: 'signin' },
      { meetingId: m.id, document: 'speeches' },
      { meetingId: m.id, document: 'report' },
    ];
    const reader = new Database(path.join(h.dataDir, DB_FILE), { readonly: true });
    onTestFinished(() => {
      reader.close();
    });
    const now = h.clock.now().getTime();
    for (const request of requests) {
      // The model as the core's own connection reads it, against which the worker's is held.
      const model = buildDocument(readable(reader), { filter: 'all', ...request }, now);
      // Built by the worker (the preview and the print route), not on the core's thread.
      const jobs = vi.spyOn(h.core.files!, 'run');
      expect(await callAsync(h, 'documents.model', request)).toEqual(model);
      expect(jobs.mock.calls.map(([job]) => job)).toEqual(['documentModel']);
      jobs.mockRestore();
      // The name the save dialog proposes is read without the rows, and is the same.
      expect(documentFileStem(readable(reader), { filter: 'all', ...request }, now)).toBe(
        model.fileStem,
      );
      const docx = await exported(h, request, 'docx');
      expect(docx.fileName).toBe(`${model.fileStem}.docx`);
      // The body of the DOCX has no timestamp: the same model writes the same XML.
      expect(await officePart(docx.bytes, 'word/document.xml')).toBe(
        await officePart(await writeDocx(model), 'word/document.xml'),
      );
      if (request.document === 'report') continue;
      const csv = await exported(h, request, 'csv');
      expect(csv.bytes.equals(Buffer.from(documentToCsv(model)))).toBe(true);
      expect(csv.rows).toBe(rowsOf(model));
    }
  });

  it('include a check-in committed just before the save', async () => {
    const h = start();
    const { m, invitees } = meetingWithEverything(h);
    const request: Request = { meetingId: m.id, document: 'attendance', filter: 'absent' };
    // The worker's connection is open from this first export on.
    const before = (await exported(h, request, 'csv')).bytes.toString('utf8');
    expect(before).toContain('Nguyễn Thị Hạnh 5,');
    call(h, 'attendance.set', { inviteeId: invitees[5]!.id, status: 'present' });
    const after = await exported(h, request, 'csv');
    expect(after.bytes.toString('utf8')).not.toContain('Nguyễn Thị Hạnh 5,');
    expect(after.rows).toBe(rowsOf(await callAsync(h, 'documents.model', request)));
  });

  it('read the restored file after a restore, not the one it replaced', async () => {
    const h = start();
    const { m, invitees } = meetingWithEverything(h);
    const request: Request = { meetingId: m.id, document: 'attendance', filter: 'absent' };
    // The worker's connection is open from here on.
    await exported(h, request, 'csv');
    const copy = await callAsync(h, 'backups.take', {});
    call(h, 'attendance.set', { inviteeId: invitees[5]!.id, status: 'present' });
    expect((await exported(h, request, 'csv')).bytes.toString('utf8')).not.toContain(
      'Nguyễn Thị Hạnh 5,',
    );
    await callAsync(h, 'backups.restore', { name: copy.name });
    // The check-in made after the backup is gone: a connection kept across the swap would
    // still read the old file, check-in and all.
    expect((await exported(h, request, 'csv')).bytes.toString('utf8')).toContain(
      'Nguyễn Thị Hạnh 5,',
    );
  });

  it('leave no connection open once the core is closed', async () => {
    const h = start();
    const { m } = meetingWithEverything(h);
    const file = fs.realpathSync(path.join(h.dataDir, DB_FILE));
    await exported(h, { meetingId: m.id, document: 'signin' }, 'docx');
    expect(openOn(file)).toBeGreaterThan(0);
    await h.core.close();
    expect(openOn(file)).toBe(0);
  });
});
