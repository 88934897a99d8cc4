/**
 * Roster import at scale: a 5,000-row XLSX and a 5,000-row CSV, each opened, parsed in the
 * core's worker and previewed (import.open) then written (import.commit, one transaction) into a
 * fresh data folder, through the same entry point the UI calls. Target from issue 3: under 2 s
 * each.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../electron/core/core';
import { generateBenchFiles } from './rosters';
import type { ImportPreview } from '../shared/api/directorySchemas';
import { writeBenchBlock } from './report';

async function run(format: 'xlsx' | 'csv', bytes: Uint8Array) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-bench-import-'));
  const core = openCore({ dataDir, transport: 'http', version: 'bench', checkReads: false });
  try {
    // The worker thread starts on first use; here it compiles the TypeScript sources through
    // tsx, which the app's prebuilt bundle never does, so its start is timed apart.
    const tw = performance.now();
    await core.files!.run('rosterToCsv', { rows: [] });
    const workerStart = performance.now() - tw;
    const t0 = performance.now();
    const env = await core.call('import.open', {
      fileName: `roster.${format}`,
      dataBase64: Buffer.from(bytes).toString('base64'),
    });
    if (!env.ok) throw new Error(JSON.stringify(env.error));
    const preview = env.value as ImportPreview;
    const t1 = performance.now();
    const commit = await core.call('import.commit', {
      rows: preview.rows
        .filter((r) => !r.problems.includes('missing_name'))
        .map((r) => ({
          ...r,
          givenName: '',
          action: r.problems.length ? 'skip' : 'add',
          existingPersonId: null,
        })),
    });
    if (!commit.ok) throw new Error(JSON.stringify(commit.error));
    const t2 = performance.now();
    await core.call('import.close', { sessionId: preview.sessionId });
    return {
      rows: preview.rows.length,
      workerStart,
      preview: t1 - t0,
      commit: t2 - t1,
      total: t2 - t0,
    };
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const files = await generateBenchFiles(5000);
  const lines = [
    `### Roster import (${new Date().toISOString().slice(0, 10)})`,
    '',
    '| file | rows | parse + preview | commit | total | worker start (not in total) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [format, bytes] of [
    ['xlsx', files.xlsx],
    ['csv', files.csv],
  ] as const) {
    // First run warms the JIT and the zip/XML code paths; the second is reported too.
    for (const label of ['first run', 'second run']) {
      const r = await run(format, bytes);
      lines.push(
        `| ${format.toUpperCase()} (${(bytes.length / 1024).toFixed(0)} KB), ${label} | ${r.rows} | ${r.preview.toFixed(0)} ms | ${r.commit.toFixed(0)} ms | ${r.total.toFixed(0)} ms | ${r.workerStart.toFixed(0)} ms |`,
      );
    }
  }
  lines.push('');
  console.log(lines.join('\n'));
  await writeBenchBlock('import', lines);
}

void main();
