import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/core';
import { createAppLogger } from '../core/logging/logger';
import { closeHost, createHostServer } from './server';

/**
 * `npm run web`: the renderer in a browser against the real core on 127.0.0.1.
 * Prints `LISTENING <url>` so scripts and the e2e fixture can find the port.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: process.env.DIEMCAU_PORT ?? '0' },
    static: { type: 'string' },
  },
});

const dataDir = path.resolve(
  values['data-dir'] ?? process.env.DIEMCAU_DATA_DIR ?? path.join(process.cwd(), '.data', 'web'),
);
const staticDir = path.resolve(values.static ?? path.join(__dirname, '..', 'renderer'));
const token = process.env.DIEMCAU_TOKEN ?? randomBytes(24).toString('base64url');
const version = process.env.npm_package_version ?? '0.0.0';

// The same rotating, redacted log as the desktop app (logs/ in the data folder), and the console.
const { coreLog } = createAppLogger(dataDir, { process: 'host' });
const log = (message: string, err?: unknown) => {
  coreLog(message, err);
  console.error(message, err ?? '');
};
const core = openCore({
  dataDir,
  transport: 'http',
  version,
  log,
});
if (core.startupError) {
  console.error(`Điểm Cầu: ${core.startupError.code} — ${core.startupError.message}`);
}
const server = createHostServer({ core, token, staticDir, log });
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`Điểm Cầu (web) — data: ${dataDir}`);
  console.log(`LISTENING http://127.0.0.1:${port}/`);
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await closeHost(server);
  await core.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
