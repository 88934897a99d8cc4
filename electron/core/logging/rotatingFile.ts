import fs from 'node:fs';
import path from 'node:path';

/**
 * A log file that never grows past `maxBytes`: when the next line would not fit, `name` becomes
 * `name.1`, `name.1` becomes `name.2`…, and the oldest beyond `keep` is deleted. Lines are
 * appended synchronously (a log line a crash would lose is the one that matters most) and never
 * split across files. pino writes to it as to any stream with `write`.
 */
export interface RotatingFile {
  write(line: string): void;
  /** The files, newest first (the current one, then `.1`, `.2`…), that exist. */
  files(): string[];
}

export interface RotatingFileOptions {
  dir: string;
  name: string;
  maxBytes: number;
  /** Rotated files kept besides the current one. */
  keep: number;
}

export function createRotatingFile({
  dir,
  name,
  maxBytes,
  keep,
}: RotatingFileOptions): RotatingFile {
  const current = path.join(dir, name);
  const numbered = (n: number) => (n === 0 ? current : `${current}.${n}`);
  fs.mkdirSync(dir, { recursive: true });
  let size = (() => {
    try {
      return fs.statSync(current).size;
    } catch {
      return 0;
    }
  })();

  const rotate = () => {
    fs.rmSync(numbered(keep), { force: true });
    for (let n = keep - 1; n >= 0; n--) {
      if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
    }
    size = 0;
  };

  return {
    write(line) {
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      fs.appendFileSync(current, line);
      size += bytes;
    },
    files() {
      const found: string[] = [];
      for (let n = 0; n <= keep; n++) if (fs.existsSync(numbered(n))) found.push(numbered(n));
      return found;
    },
  };
}
