import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../testing/harness';
import { LOG_FILE, createAppLogger, logDir } from './logger';
import { REDACTED, redactString, redactValue } from './redact';

describe('log redaction', () => {
  it('replaces names, free text and secrets at any depth, keeping ids and codes', () => {
    const input = {
      method: 'people.create',
      input: {
        id: 'p_01',
        fullName: 'Nguyễn Văn An',
        position: 'Chủ tịch UBND tỉnh',
        nested: [{ note: 'Đến muộn vì tắc đường', groupId: 'g1' }],
      },
      sync: { token: 'abc.def.ghi', Authorization: 'Bearer xyz' },
      code: 'VALIDATION',
      count: 3,
    };
    expect(redactValue(input)).toEqual({
      method: 'people.create',
      input: {
        id: 'p_01',
        fullName: REDACTED,
        position: REDACTED,
        nested: [{ note: REDACTED, groupId: 'g1' }],
      },
      sync: { token: REDACTED, Authorization: REDACTED },
      code: 'VALIDATION',
      count: 3,
    });
  });

  it('scrubs secrets, addresses, phone numbers and home folders out of strings', () => {
    expect(redactString('sync failed: token=s3cr3t.value at step 2')).toBe(
      `sync failed: token=${REDACTED} at step 2`,
    );
    expect(redactString('header Bearer eyJhbGciOi')).toBe(`header Bearer ${REDACTED}`);
    expect(redactString('mail an.nguyen@tinh.gov.vn, gọi 0912 345 678 hoặc +84912345678')).toBe(
      'mail [email], gọi [phone] hoặc [phone]',
    );
    expect(redactString('ENOENT C:\\Users\\nguyenvanan\\AppData\\x.db')).toBe(
      'ENOENT C:\\Users\\~\\AppData\\x.db',
    );
    expect(redactString('/home/an/.config/Điểm Cầu/diemcau.sqlite')).toBe(
      '/home/~/.config/Điểm Cầu/diemcau.sqlite',
    );
    expect(redactString('schema 7, 1366x768, meeting m_123')).toBe(
      'schema 7, 1366x768, meeting m_123',
    );
  });

  it('keeps an error’s type and stack, scrubbed', () => {
    const err = Object.assign(new Error('cannot open /home/an/data: denied'), { code: 'EACCES' });
    const out = redactValue(err) as Record<string, unknown>;
    expect(out.type).toBe('Error');
    expect(out.message).toBe('cannot open /home/~/data: denied');
    expect(out.code).toBe('EACCES');
    expect(String(out.stack)).not.toContain('/home/an/');
  });
});

describe('the app log', () => {
  it('writes redacted JSON lines to logs/diemcau.log in the data folder', () => {
    const dir = tmpDir();
    const { logger, coreLog } = createAppLogger(dir, { process: 'main' });
    logger.info({ input: { fullName: 'Trần Thị Bình', meetingId: 'm1' } }, 'checked in');
    coreLog('Internal error in people.create', new Error('bad name "Lê Văn C" token=abc'));
    logger.warn('opened /home/binh/.config');
    const lines = fs
      .readFileSync(path.join(logDir(dir), LOG_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      level: 'info',
      process: 'main',
      msg: 'checked in',
      input: { fullName: REDACTED, meetingId: 'm1' },
    });
    expect(lines[1]).toMatchObject({
      level: 'error',
      from: 'core',
      msg: 'Internal error in people.create',
    });
    expect(JSON.stringify(lines[1])).not.toContain('token=abc');
    expect(lines[2]!.msg).toBe('opened /home/~/.config');
    expect(JSON.stringify(lines)).not.toContain('Trần Thị Bình');
    expect(typeof lines[0]!.time).toBe('string');
  });
});
