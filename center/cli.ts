import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { bundleSchema, MAX_BUNDLE_BYTES, RECEIPTS_FORMAT } from '../shared/protocol/bundle';
import type { ReceiptsFile } from '../shared/protocol/bundle';
import { enrolmentFileSchema } from '../shared/protocol/enrolmentFile';
import { buildCenter } from './app';
import { openCenterDatabase, optionsFromEnv } from './db/open';
import type { CenterDatabase } from './db/schema';
import { CenterError } from './errors';
import { figuresCsv, figuresXlsx, meetingFigures } from './figures';
import { createMeeting } from './meetings';
import {
  addPoint,
  enrolPointByFile,
  enrolledPoint,
  listPoints,
  revokePoint,
  rotatePoint,
} from './points';
import { importBundle } from './revisions';
import { addViewer, revokeViewer } from './viewers';

/** `npm run center -- <command>`: the center's operator tool and server. */

export const USAGE = `Usage: npm run center -- <command> [options]

  serve [--host 127.0.0.1] [--port 8787]      run the center (default command)
  meeting create --title T --starts-at ISO [--agenda "item"]...
  point add --code C --name N                 register a point; prints its enrolment secret
  point rotate --code C                       new enrolment secret; the point must enrol again
  point revoke --code C                       refuse everything from the point
  point enrol <enrolment-file>                enrol a point with no network by its file
  point list                                  points and what they sent
  viewer add --name N                         a dashboard account; prints its password once
  viewer revoke --name N                      close the account and its sessions
  import <bundle-file> [--out receipts.json]  import a point's bundle; writes the receipts file
  export --meeting ID --format csv|xlsx [--out file]

Data: SQLite at DIEMCAU_CENTER_DATA (default .data/center.sqlite), or PostgreSQL at DATABASE_URL.
Server: DIEMCAU_CENTER_HOST, DIEMCAU_CENTER_PORT; LOG_LEVEL (pino, default info).`;

type Out = (line: string) => void;

export async function runCli(
  argv: string[],
  out: Out = (l) => process.stdout.write(`${l}\n`),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      title: { type: 'string' },
      'starts-at': { type: 'string' },
      agenda: { type: 'string', multiple: true },
      code: { type: 'string' },
      name: { type: 'string' },
      meeting: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = 'serve', sub] = positionals;
  if (values.help || command === 'help') {
    out(USAGE);
    return 0;
  }
  const need = (v: string | undefined, flag: string): string => {
    if (!v) throw new UsageError(`--${flag} is required`);
    return v;
  };

  if (command === 'serve') return serve(values.host, values.port, out);

  const database = await openCenterDatabase(optionsFromEnv());
  try {
    return await runCommand(database, command, sub, positionals, values, need, out);
  } finally {
    await database.close();
  }
}

async function runCommand(
  { db }: CenterDatabase,
  command: string,
  sub: string | undefined,
  positionals: string[],
  values: Record<string, string | string[] | boolean | undefined>,
  need: (v: string | undefined, flag: string) => string,
  out: Out,
): Promise<number> {
  const str = (k: string) => values[k] as string | undefined;
  if (command === 'meeting' && sub === 'create') {
    const startsAt = new Date(need(str('starts-at'), 'starts-at'));
    if (Number.isNaN(startsAt.getTime()))
      throw new UsageError('--starts-at is not a date and time');
    const meeting = await createMeeting(db, {
      title: need(str('title'), 'title'),
      startsAt: startsAt.toISOString(),
      agenda: (values.agenda as string[] | undefined) ?? [],
    });
    out(`meeting ${meeting.id}`);
    return 0;
  }
  if (command === 'point') {
    if (sub === 'add') {
      const { secret } = await addPoint(db, need(str('code'), 'code'), need(str('name'), 'name'));
      out(`enrolment secret (shown once): ${secret}`);
      return 0;
    }
    if (sub === 'rotate') {
      const { secret } = await rotatePoint(db, need(str('code'), 'code'));
      out(`new enrolment secret (shown once): ${secret}`);
      return 0;
    }
    if (sub === 'revoke') {
      await revokePoint(db, need(str('code'), 'code'));
      out(`revoked ${str('code')}`);
      return 0;
    }
    if (sub === 'enrol') {
      const file = positionals[2];
      if (!file) throw new UsageError('point enrol needs the enrolment file');
      const parsed = enrolmentFileSchema.safeParse(readJsonFile(file, 'enrolment'));
      if (!parsed.success) {
        throw new CenterError('invalid_request', 'The file is not a Điểm Cầu enrolment file.');
      }
      await enrolPointByFile(db, parsed.data);
      out(`enrolled ${parsed.data.pointCode} by file: its bundles can be imported`);
      return 0;
    }
    if (sub === 'list') {
      for (const p of await listPoints(db)) {
        out(
          [
            p.code,
            p.name,
            p.state,
            p.enrolled ? 'enrolled' : 'not enrolled',
            `${p.reports} report(s), ${p.revisions} revision(s)`,
            p.lastReceivedAt ? `last ${p.lastReceivedAt}` : 'nothing received',
          ].join('\t'),
        );
      }
      return 0;
    }
  }
  if (command === 'viewer') {
    if (sub === 'add') {
      const { password } = await addViewer(db, need(str('name'), 'name'));
      out(`dashboard password for ${str('name')!.trim()} (shown once): ${password}`);
      return 0;
    }
    if (sub === 'revoke') {
      await revokeViewer(db, need(str('name'), 'name'));
      out(`revoked viewer ${str('name')!.trim()}; their sessions are closed`);
      return 0;
    }
  }
  if (command === 'import') {
    const file = positionals[1];
    if (!file) throw new UsageError('import needs a bundle file');
    const parsed = bundleSchema.safeParse(readJsonFile(file, 'bundle'));
    if (!parsed.success)
      throw new CenterError('invalid_request', 'The file is not a Điểm Cầu bundle.');
    const point = await enrolledPoint(db, parsed.data.pointCode);
    const receipts = await importBundle(db, point, parsed.data);
    const file_: ReceiptsFile = { format: RECEIPTS_FORMAT, version: 1, receipts };
    const target = str('out') ?? `${file.replace(/\.json$/i, '')}.receipts.json`;
    fs.writeFileSync(target, `${JSON.stringify(file_, null, 2)}\n`);
    for (const r of receipts) out(`${r.reportId} revision ${r.revision}: ${r.outcome}`);
    out(`receipts written to ${target}`);
    return 0;
  }
  if (command === 'export') {
    const format = need(str('format'), 'format');
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format is csv or xlsx');
    const meetingId = need(str('meeting'), 'meeting');
    const figures = await meetingFigures(db, meetingId);
    const target = str('out') ?? `tong-hop-${meetingId}.${format}`;
    if (format === 'csv') fs.writeFileSync(target, figuresCsv(figures));
    else fs.writeFileSync(target, await figuresXlsx(figures));
    out(`written ${target}`);
    return 0;
  }
  throw new UsageError(`unknown command: ${[command, sub].filter(Boolean).join(' ')}`);
}

class UsageError extends Error {}

/** A file a point carried: bounded in size, and said plainly when it is not JSON. */
function readJsonFile(file: string, what: 'bundle' | 'enrolment'): unknown {
  if (fs.statSync(file).size > MAX_BUNDLE_BYTES)
    throw new UsageError(`the ${what} file is too large`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new CenterError(
      'invalid_request',
      `The ${what} file is not JSON (truncated or damaged?).`,
    );
  }
}

async function serve(
  host: string | undefined,
  port: string | undefined,
  out: Out,
): Promise<number> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  // The certificate is read before the database is opened: a wrong setting changes nothing.
  const certFile = process.env.DIEMCAU_CENTER_TLS_CERT;
  const keyFile = process.env.DIEMCAU_CENTER_TLS_KEY;
  if (!certFile !== !keyFile) {
    throw new UsageError('DIEMCAU_CENTER_TLS_CERT and DIEMCAU_CENTER_TLS_KEY go together');
  }
  const tls =
    certFile && keyFile
      ? { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) }
      : undefined;
  const database = await openCenterDatabase(optionsFromEnv());
  const app = await buildCenter({ db: database.db, logger, ...(tls ? { tls } : {}) });
  const address = await app.listen({
    host: host ?? process.env.DIEMCAU_CENTER_HOST ?? '127.0.0.1',
    port: Number(port ?? process.env.DIEMCAU_CENTER_PORT ?? 8787),
  });
  out(`center listening on ${address} (${database.dialect})`);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return new Promise<number>(() => {});
}

export function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
