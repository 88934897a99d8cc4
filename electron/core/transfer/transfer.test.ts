import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { person } from '../testing/fixtures';
import type { Harness } from '../testing/harness';
import { call, callAsync, failAsync, rows, start } from '../testing/harness';
import { TRANSFER_WORK_DIR } from './transfer';

const PASSWORD = 'Điểm cầu 2025!';

/** The old machine: a person, an attachment, a settings file, and what is not carried. */
function oldMachine(): Harness {
  const h = start();
  person(h, 'Nguyễn Văn An');
  person(h, 'Trần Thị Bình');
  const att = path.join(h.dataDir, 'attachments', 's1');
  fs.mkdirSync(att, { recursive: true });
  fs.writeFileSync(path.join(att, 'tham-luan.pdf'), Buffer.alloc(300_000, 7));
  fs.writeFileSync(path.join(h.dataDir, 'settings.json'), '{"sync":"on"}');
  fs.mkdirSync(path.join(h.dataDir, 'logs'), { recursive: true });
  fs.writeFileSync(path.join(h.dataDir, 'logs', 'diemcau.log'), 'old machine log\n');
  return h;
}

async function exported(h: Harness): Promise<Buffer> {
  const file = await callAsync(h, 'transfer.export', { password: PASSWORD });
  expect(file.fileName).toMatch(/^diemcau-chuyen-may-\d{4}-\d{2}-\d{2}\.diemcau$/);
  return Buffer.from(file.dataBase64, 'base64');
}

/** Sends the file in parts, as the page does. */
async function send(h: Harness, bytes: Buffer, uploadId = 'upload0001', part = 100_000) {
  for (let offset = 0; offset < bytes.length; offset += part) {
    const chunk = bytes.subarray(offset, offset + part);
    const r = await callAsync(h, 'transfer.receive', {
      uploadId,
      offset,
      dataBase64: chunk.toString('base64'),
    });
    expect(r.bytes).toBe(offset + chunk.length);
  }
}

/** Every file of a data folder with its content, to show that nothing changed. */
function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      // The WAL index (-shm) changes on every read (its read marks), e.g. the sync worker's look
      // at the outbox; it holds no data, and the database and its WAL are compared.
      else if (!e.name.endsWith('-shm'))
        out[path.relative(dir, p)] = fs.readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

const names = (h: Harness) =>
  call(h, 'people.search', {})
    .items.map((p) => p.fullName)
    .sort();

describe('moving to a new machine', () => {
  it('carries the database, attachments and settings to another data folder', async () => {
    const old = oldMachine();
    const bytes = await exported(old);
    expect(bytes.includes(Buffer.from('Nguyễn Văn An'))).toBe(false);
    // Nothing of the export stays on the old machine.
    expect(fs.readdirSync(path.join(old.dataDir, TRANSFER_WORK_DIR))).toEqual([]);

    const neu = start();
    person(neu, 'Lê Văn Cũ');
    await send(neu, bytes);
    const result = await callAsync(neu, 'transfer.import', {
      uploadId: 'upload0001',
      password: PASSWORD,
    });
    expect(result).toMatchObject({ exportedAt: '2025-03-10T01:30:00.000Z', appVersion: 'test' });
    expect(result.files).toBe(2);
    expect(names(neu)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(rows(neu, 'people')).toBe(2);
    expect(fs.readFileSync(path.join(neu.dataDir, 'attachments', 's1', 'tham-luan.pdf'))).toEqual(
      Buffer.alloc(300_000, 7),
    );
    expect(fs.readFileSync(path.join(neu.dataDir, 'settings.json'), 'utf8')).toBe('{"sync":"on"}');
    // The new machine's logs stay its own, and its data before the import is a backup.
    expect(fs.existsSync(path.join(neu.dataDir, 'logs', 'diemcau.log'))).toBe(false);
    expect((await callAsync(neu, 'backups.list', {})).map((b) => b.name)).toContain(
      result.safetyCopy.name,
    );
    expect(neu.events.map(([e]) => e)).toContain('data.replaced');
    expect(fs.readdirSync(path.join(neu.dataDir, TRANSFER_WORK_DIR))).toEqual([]);
  });

  async function refused(mutate: (bytes: Buffer) => Buffer, password = PASSWORD) {
    const old = oldMachine();
    const bytes = mutate(await exported(old));
    const neu = start();
    person(neu, 'Lê Văn Cũ');
    const before = snapshotOf(neu.dataDir);
    await send(neu, bytes);
    const error = await failAsync(neu, 'transfer.import', { uploadId: 'upload0001', password });
    // Nothing written: the data folder is as it was (the received parts are removed too).
    expect(snapshotOf(neu.dataDir)).toEqual(before);
    expect(names(neu)).toEqual(['Lê Văn Cũ']);
    expect(neu.events.map(([e]) => e)).not.toContain('data.replaced');
    return error.code;
  }

  it('refuses a wrong password and changes nothing', async () => {
    expect(await refused((b) => b, 'not the password')).toBe('TRANSFER_WRONG_PASSWORD');
  });

  it('refuses a file with one byte flipped and changes nothing', async () => {
    const code = await refused((b) => {
      const bad = Buffer.from(b);
      const at = Math.floor(bad.length / 2);
      bad[at] = bad[at]! ^ 0x80;
      return bad;
    });
    expect(code).toBe('TRANSFER_DAMAGED');
  });

  it('refuses a truncated file and changes nothing', async () => {
    expect(await refused((b) => b.subarray(0, b.length - 100))).toBe('TRANSFER_DAMAGED');
  });

  it('refuses a file whose header was altered and changes nothing', async () => {
    const chunkSize = await refused((b) => {
      const bad = Buffer.from(b);
      bad.writeUInt32BE(bad.readUInt32BE(14) - 1, 14);
      return bad;
    });
    // The chunk size is part of what the password check covers.
    expect(chunkSize).toBe('TRANSFER_WRONG_PASSWORD');
    const version = await refused((b) => {
      const bad = Buffer.from(b);
      bad.writeUInt16BE(9, 8);
      return bad;
    });
    expect(version).toBe('TRANSFER_UNSUPPORTED');
  });

  it('refuses a short password at export, and parts out of order', async () => {
    const h = oldMachine();
    const short = await failAsync(h, 'transfer.export', { password: 'short' });
    expect(short.code).toBe('VALIDATION');
    await callAsync(h, 'transfer.receive', {
      uploadId: 'upload0002',
      offset: 0,
      dataBase64: 'AAAA',
    });
    const gap = await failAsync(h, 'transfer.receive', {
      uploadId: 'upload0002',
      offset: 10,
      dataBase64: 'AAAA',
    });
    expect(gap.code).toBe('CONFLICT');
    const none = await failAsync(h, 'transfer.import', { uploadId: 'nothing000', password: 'x' });
    expect(none.code).toBe('NOT_FOUND');
  });
});
