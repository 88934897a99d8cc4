import fs from 'node:fs';
import path from 'node:path';

/**
 * The plaintext inside a sealed transfer file: entries one after another, each
 * `path length u16 | path (UTF-8, '/'-separated, relative) | size u64 | bytes`, then a path
 * length of 0. Files are streamed through in pieces; paths are checked on the way in so an entry
 * can never land outside the folder it is unpacked into.
 */
const PIECE = 256 * 1024;

export interface ArchiveSink {
  write(data: Buffer): void;
}

export function packFile(sink: ArchiveSink, name: string, file: string): number {
  const nameBytes = Buffer.from(name, 'utf8');
  const size = fs.statSync(file).size;
  const head = Buffer.alloc(2 + nameBytes.length + 8);
  head.writeUInt16BE(nameBytes.length, 0);
  nameBytes.copy(head, 2);
  head.writeBigUInt64BE(BigInt(size), 2 + nameBytes.length);
  sink.write(head);
  const fd = fs.openSync(file, 'r');
  try {
    let done = 0;
    while (done < size) {
      const buf = Buffer.alloc(Math.min(PIECE, size - done));
      const n = fs.readSync(fd, buf, 0, buf.length, done);
      if (n === 0) throw new Error(`${name} shrank while it was packed`);
      sink.write(buf.subarray(0, n));
      done += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return size;
}

export function packEnd(sink: ArchiveSink): void {
  sink.write(Buffer.alloc(2));
}

/** A relative '/'-path with no empty, '.' or '..' part and nothing absolute. */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.includes('\\') || name.includes('\0') || name.startsWith('/')) {
    return false;
  }
  return name
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && !/^[A-Za-z]:$/.test(part));
}

export class ArchiveError extends Error {}

/**
 * Unpacks into `dir`, fed the plaintext piece by piece (`push`), and says at `end` whether the
 * end marker was reached with nothing after it. Answers the entries' names.
 */
export function createUnpacker(dir: string) {
  let buffer: Buffer = Buffer.alloc(0);
  let current: { fd: number; left: bigint } | null = null;
  let ended = false;
  const names: string[] = [];

  const drain = () => {
    for (;;) {
      if (ended) {
        if (buffer.length > 0) throw new ArchiveError('Data after the end of the archive');
        return;
      }
      if (current) {
        if (buffer.length === 0) return;
        const take = Number(
          current.left < BigInt(buffer.length) ? current.left : BigInt(buffer.length),
        );
        fs.writeSync(current.fd, buffer, 0, take);
        buffer = buffer.subarray(take);
        current.left -= BigInt(take);
        if (current.left === 0n) {
          fs.closeSync(current.fd);
          current = null;
        }
        continue;
      }
      if (buffer.length < 2) return;
      const nameLength = buffer.readUInt16BE(0);
      if (nameLength === 0) {
        ended = true;
        buffer = buffer.subarray(2);
        continue;
      }
      if (buffer.length < 2 + nameLength + 8) return;
      const name = buffer.subarray(2, 2 + nameLength).toString('utf8');
      if (!isSafeEntryName(name) || names.includes(name)) {
        throw new ArchiveError(`Refused entry name ${JSON.stringify(name)}`);
      }
      const size = buffer.readBigUInt64BE(2 + nameLength);
      buffer = buffer.subarray(2 + nameLength + 8);
      const target = path.join(dir, ...name.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      names.push(name);
      const fd = fs.openSync(target, 'wx');
      if (size === 0n) fs.closeSync(fd);
      else current = { fd, left: size };
    }
  };

  return {
    push(data: Buffer) {
      buffer = buffer.length === 0 ? data : Buffer.concat([buffer, data]);
      drain();
    },
    /** Closes a file left open by a refused or failed unpack (its folder is then removed). */
    abort() {
      if (current) fs.closeSync(current.fd);
      current = null;
    },
    end(): string[] {
      if (current) {
        fs.closeSync(current.fd);
        current = null;
        throw new ArchiveError('The archive ends inside a file');
      }
      if (!ended) throw new ArchiveError('The archive has no end marker');
      return names;
    },
  };
}
