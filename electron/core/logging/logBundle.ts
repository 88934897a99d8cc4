import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOG_FILE, LOG_KEEP, logDir } from './logger';
import { redactString, redactValue } from './redact';

/**
 * "Gửi nhật ký lỗi": the last of the logs and the versions of the app and the system, in one
 * text file the operator saves and sends. Every line is redacted again on the way out (a line
 * written by an older version, or by hand, is not trusted to be clean), and the facts name no
 * machine or user: no host name, no user name, no data folder path.
 */
export const BUNDLE_MAX_LOG_BYTES = 512 * 1024;

export interface BundleFacts {
  appVersion: string;
  schemaVersion: number;
  transport: string;
}

export function systemFacts(): Record<string, string> {
  return {
    os: `${os.type()} ${os.release()}`,
    arch: process.arch,
    node: process.versions.node,
    electron: process.versions.electron ?? '-',
    memoryMB: String(Math.round(os.totalmem() / 1024 / 1024)),
  };
}

/** The log files, newest first, as electron/core/logging/rotatingFile.ts names them. */
function logFiles(dataDir: string): string[] {
  const base = path.join(logDir(dataDir), LOG_FILE);
  const all = [base, ...Array.from({ length: LOG_KEEP + 1 }, (_, i) => `${base}.${i + 1}`)];
  return all.filter((f) => fs.existsSync(f));
}

/** The newest lines, up to `maxBytes`, oldest first; a line is never cut. */
export function lastLogLines(dataDir: string, maxBytes = BUNDLE_MAX_LOG_BYTES): string[] {
  const lines: string[] = [];
  let bytes = 0;
  for (const file of logFiles(dataDir)) {
    const fileLines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    for (let i = fileLines.length - 1; i >= 0; i--) {
      const line = fileLines[i]!;
      bytes += Buffer.byteLength(line) + 1;
      if (bytes > maxBytes) return lines.reverse();
      lines.push(line);
    }
  }
  return lines.reverse();
}

function cleanLine(line: string): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(line)));
  } catch {
    return redactString(line);
  }
}

export function buildLogBundle(
  dataDir: string,
  facts: BundleFacts,
  at: Date,
  maxBytes = BUNDLE_MAX_LOG_BYTES,
): string {
  const header = {
    kind: 'diemcau-log-bundle',
    createdAt: at.toISOString(),
    ...facts,
    ...systemFacts(),
  };
  const lines = lastLogLines(dataDir, maxBytes).map(cleanLine);
  return [
    '# Điểm Cầu — nhật ký lỗi (không chứa dữ liệu cá nhân)',
    JSON.stringify(header),
    `# ${lines.length} dòng nhật ký gần nhất`,
    ...lines,
    '',
  ].join('\n');
}
