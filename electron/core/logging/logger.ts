import path from 'node:path';
import pino from 'pino';
import type { RotatingFile } from './rotatingFile';
import { createRotatingFile } from './rotatingFile';
import { redactString, redactValue } from './redact';

/**
 * The app's structured log: JSON lines (pino) in `<data folder>/logs/diemcau.log`, rotated by
 * size (rotatingFile.ts), every record redacted (redact.ts) before it is written. Main and the
 * core write to the same logger: the core through its `log` option (core.ts), main directly.
 */
export const LOG_DIR = 'logs';
export const LOG_FILE = 'diemcau.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 4;

export const logDir = (dataDir: string) => path.join(dataDir, LOG_DIR);

export interface AppLogger {
  logger: pino.Logger;
  file: RotatingFile;
  /** The core's `log(message, err)` (CoreOptions.log) on this logger. */
  coreLog: (message: string, err?: unknown) => void;
}

export function createAppLogger(
  dataDir: string,
  options: { process: 'main' | 'host'; maxBytes?: number; keep?: number } = { process: 'main' },
): AppLogger {
  const file = createRotatingFile({
    dir: logDir(dataDir),
    name: LOG_FILE,
    maxBytes: options.maxBytes ?? LOG_MAX_BYTES,
    keep: options.keep ?? LOG_KEEP,
  });
  const logger = pino(
    {
      base: { process: options.process },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (record) => redactValue(record) as Record<string, unknown>,
      },
      hooks: {
        // The message itself may carry a path or an address.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? redactString(a) : a)) as Parameters<
              typeof method
            >,
          );
        },
      },
    },
    { write: (line: string) => file.write(line) },
  );
  const coreLog = (message: string, err?: unknown) => {
    if (err === undefined || err === '') logger.warn({ from: 'core' }, message);
    else logger.error({ from: 'core', err }, message);
  };
  return { logger, file, coreLog };
}
