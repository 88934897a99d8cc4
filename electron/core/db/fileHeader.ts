import fs from 'node:fs';

/**
 * The app's own databases carry this application_id ("DCAU"), so a SQLite file of another
 * program left in the data folder is recognised and refused rather than migrated.
 */
export const APPLICATION_ID = 0x44434155;

const MAGIC = 'SQLite format 3\u0000';

export type DatabaseFile =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'directory' }
  | { kind: 'not-sqlite'; size: number }
  | { kind: 'sqlite'; applicationId: number; userVersion: number; wal: boolean };

/**
 * What a database file is, read from its first 100 bytes with plain file reads: nothing SQLite
 * would write (no -wal, no -shm, no lock) happens before the app knows the file is its own.
 * The header can lag behind an uncheckpointed WAL after a crash; the full open checks again.
 */
export function inspectDatabaseFile(file: string): DatabaseFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { kind: 'missing' };
  }
  if (stat.isDirectory()) return { kind: 'directory' };
  if (stat.size === 0) return { kind: 'empty' };
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== MAGIC) {
    return { kind: 'not-sqlite', size: stat.size };
  }
  return {
    kind: 'sqlite',
    userVersion: header.readUInt32BE(60),
    applicationId: header.readUInt32BE(68),
    // File format versions 2/2 mean WAL mode.
    wal: header[18] === 2 && header[19] === 2,
  };
}
