import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startProcess, stopProcess } from './processes';

/**
 * The center bench's reference peer (issue 12): PouchDB replicating into pouchdb-server, the
 * usual offline-first way to get documents from many devices to one server. Each simulated
 * point has its own PouchDB (in memory: 10,000 LevelDB folders would measure the bench
 * machine's disk, not the protocol) holding its one document, and replicates it to one
 * database on a pouchdb-server process with its default LevelDB store.
 */

interface ReplicationResult {
  ok: boolean;
  docs_written: number;
}

interface PouchDatabase {
  put(doc: { _id: string }): Promise<unknown>;
  replicate: { to(target: PouchDatabase): Promise<ReplicationResult> };
  destroy(): Promise<unknown>;
  setMaxListeners(n: number): void;
}

type PouchConstructor = new (name: string, options?: Record<string, unknown>) => PouchDatabase;

const load = createRequire(__filename);
const PouchDB = (load('pouchdb-node') as { plugin(p: unknown): PouchConstructor }).plugin(
  load('pouchdb-adapter-memory'),
);
const SERVER_BIN = load.resolve('pouchdb-server/bin/pouchdb-server');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Peer {
  /** One local PouchDB per document, each holding its document. */
  prepare(docs: ReadonlyArray<{ _id: string; payload: string }>): Promise<PouchDatabase[]>;
  replicate(local: PouchDatabase): Promise<void>;
  /** What the server holds: document id → its payload. */
  storedPayloads(): Promise<Map<string, string>>;
  close(): Promise<void>;
}

export async function openPeer(): Promise<Peer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-pouch-peer-'));
  const base = `http://127.0.0.1:${await freePort()}`;
  const server = await startProcess(
    [
      SERVER_BIN,
      '--port',
      new URL(base).port,
      '--dir',
      path.join(dir, 'db'),
      '--config',
      path.join(dir, 'config.json'),
      '--no-stdout-logs',
    ],
    {},
    dir,
    { url: `${base}/` },
  );
  const created = await fetch(`${base}/reports`, { method: 'PUT' });
  if (!created.ok)
    throw new Error(`pouchdb-server: cannot create the database (${created.status})`);
  const remote = new PouchDB(`${base}/reports`, { skip_setup: true });
  // Every replication in flight listens on the one remote handle.
  remote.setMaxListeners(0);
  const run = crypto.randomBytes(4).toString('hex');
  return {
    async prepare(docs) {
      const locals: PouchDatabase[] = [];
      for (const [i, doc] of docs.entries()) {
        const local = new PouchDB(`point-${run}-${i}`, { adapter: 'memory' });
        await local.put(doc);
        locals.push(local);
      }
      return locals;
    },
    async replicate(local) {
      const result = await local.replicate.to(remote);
      if (!result.ok || result.docs_written !== 1) {
        throw new Error(`peer: replication wrote ${result.docs_written} document(s)`);
      }
    },
    async storedPayloads() {
      const response = await fetch(`${base}/reports/_all_docs?include_docs=true`);
      const body = (await response.json()) as {
        rows: Array<{ id: string; doc: { payload: string } }>;
      };
      return new Map(body.rows.map((r) => [r.id, r.doc.payload]));
    },
    async close() {
      await stopProcess(server.child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
