/**
 * The issue "Hostile files, odd text and a crashed machine", end to end through the core's
 * import.open: each hostile file is refused with IMPORT_LIMIT naming the limit and where
 * reading stopped, check-ins are answered while the worker reads it, and the next file is
 * read as usual.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../shared/api/importLimits';
import { openCore } from '../core';
import { invite, meeting, person } from '../testing/fixtures';
import { call, callAsync, failAsync, start, tmpDir } from '../testing/harness';
import { hugeSharedString, longCells, manyRows, zipBomb } from '../testing/hostileFiles';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const MiB = 1024 * 1024;
const roster = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

describe('hostile files through import.open', () => {
  it('refuses each of the issue’s files with the limit, and where reading stopped', async () => {
    const h = start();
    const cases = [
      [
        await hugeSharedString(),
        { limit: 'partBytes', max: 64 * MiB, part: 'xl/sharedStrings.xml' },
      ],
      [
        await manyRows({ rows: 100_000 }),
        { limit: 'sheetRows', sheet: 'DS', row: 21_001, column: 'A' },
      ],
      [
        await zipBomb({ numbered: false }),
        { limit: 'cells', max: 500_000, sheet: 'DS', row: 4952, column: 'AV' },
      ],
      [await longCells(), { limit: 'cellLength', max: 2000, sheet: 'DS', row: 2, column: 'A' }],
    ] as const;
    for (const [bytes, details] of cases) {
      const err = await failAsync(h, 'import.open', {
        fileName: 'ds.xlsx',
        dataBase64: b64(bytes),
      });
      expect(err).toMatchObject({ code: 'IMPORT_LIMIT', details });
    }
    // The worker is still there for the next file.
    const fine = await callAsync(h, 'import.open', {
      fileName: 'ds.csv',
      dataBase64: b64(roster(['Họ và tên', 'Lê Văn Tám'])),
    });
    expect(fine.rows.map((r) => r.fullName)).toEqual(['Lê Văn Tám']);
  });

  it('answers check-ins while the worker reads a zip bomb', async () => {
    const h = start();
    const m = meeting(h, { date: '2025-03-10' });
    const [inv] = invite(h, m, person(h, 'Lê Văn An'));
    const bytes = await zipBomb({ numbered: false });
    let settled = false;
    const reading = h.core
      .call('import.open', { fileName: 'bomb.xlsx', dataBase64: b64(bytes) })
      .finally(() => (settled = true));
    let answeredMeanwhile = 0;
    const statuses = ['present', 'late', 'absent'] as const;
    while (!settled) {
      const status = statuses[answeredMeanwhile % statuses.length]!;
      expect(h.core.dispatch('attendance.set', { inviteeId: inv!.id, status }).ok).toBe(true);
      answeredMeanwhile++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await reading).toMatchObject({ ok: false, error: { code: 'IMPORT_LIMIT' } });
    expect(answeredMeanwhile).toBeGreaterThan(10);
    expect(call(h, 'attendance.history', { meetingId: m.id, inviteeId: inv!.id }).length).toBe(
      answeredMeanwhile,
    );
  });

  it('still cuts off a reading at the job’s time limit when the limits would allow it', async () => {
    const core = openCore({
      dataDir: tmpDir(),
      transport: 'http',
      version: 'test',
      worker: { timeoutMs: 30 },
    });
    try {
      const slow = await core.call('import.open', {
        fileName: 'bomb.xlsx',
        dataBase64: b64(await zipBomb({ numbered: false })),
      });
      expect(slow).toMatchObject({ ok: false, error: { code: 'JOB_TIMEOUT' } });
    } finally {
      await core.close();
    }
  });

  it('offers in the preview no more people than the commit accepts', async () => {
    const h = start();
    const people = (n: number) => [
      'Họ và tên,Đơn vị',
      ...Array.from({ length: n }, (_, i) => `Lê Văn ${i},Sở ${i % 20}`),
    ];
    const err = await failAsync(h, 'import.open', {
      fileName: 'ds.csv',
      dataBase64: b64(roster(people(IMPORT_LIMITS.rows + 1))),
    });
    expect(err).toMatchObject({
      code: 'IMPORT_LIMIT',
      details: { limit: 'rows', max: IMPORT_LIMITS.rows, row: IMPORT_LIMITS.rows + 2 },
    });
  });
});
