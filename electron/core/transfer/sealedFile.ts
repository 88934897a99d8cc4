import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * The sealed file that carries a point's data to a new machine: a password-derived key (scrypt)
 * and AES-256-GCM over fixed-size chunks, so neither sealing nor opening holds the whole file in
 * memory. Layout (all integers big-endian):
 *
 *   header  magic "DIEMCAUX" | version u16 | log2 N u8 | r u8 | p u8 | 0 u8 | chunk size u32 |
 *           salt 16 | nonce prefix 8 | password check 16                        (58 bytes)
 *   chunk*  final u8 | length u32 | ciphertext (length) | GCM tag 16
 *
 * Every chunk's AAD is the whole header, its index and its final flag, and its nonce the prefix
 * and the index: a header changed, chunks reordered, dropped, duplicated or cut short, or bytes
 * after the final chunk, all fail to open. The password check (HMAC of the header with the key)
 * tells a wrong password from a damaged file before any chunk is opened.
 */
export const MAGIC = Buffer.from('DIEMCAUX', 'ascii');
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 58;
export const DEFAULT_CHUNK = 1024 * 1024;
const TAG_BYTES = 16;
const FRAME_BYTES = 5;
/** scrypt N = 2^15, r = 8, p = 1 (OWASP's minimum for scrypt); opening accepts up to 2^20. */
export const KDF = { logN: 15, r: 8, p: 1 };
const MAX_LOG_N = 20;

export type SealedFailure = 'not_sealed' | 'unsupported' | 'wrong_password' | 'damaged';

export class SealedFileError extends Error {
  constructor(
    readonly reason: SealedFailure,
    message: string,
  ) {
    super(message);
  }
}

interface Header {
  bytes: Buffer;
  logN: number;
  r: number;
  p: number;
  chunkSize: number;
  salt: Buffer;
  noncePrefix: Buffer;
  check: Buffer;
}

function deriveKey(password: string, salt: Buffer, logN: number, r: number, p: number): Buffer {
  const N = 2 ** logN;
  return crypto.scryptSync(password.normalize('NFC'), salt, 32, {
    N,
    r,
    p,
    maxmem: 128 * N * r * p + 16 * 1024 * 1024,
  });
}

const passwordCheck = (key: Buffer, headerWithoutCheck: Buffer) =>
  crypto
    .createHmac('sha256', key)
    .update('password-check')
    .update(headerWithoutCheck)
    .digest()
    .subarray(0, 16);

function nonce(prefix: Buffer, index: number): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(index, 8);
  return n;
}

function aad(header: Buffer, index: number, final: boolean): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail.writeUInt8(final ? 1 : 0, 4);
  return Buffer.concat([header, tail]);
}

/** Writes plaintext into a sealed file chunk by chunk; `close` seals the final chunk. */
export interface SealedWriter {
  write(data: Buffer): void;
  close(): void;
}

export function createSealedWriter(
  file: string,
  password: string,
  options: { chunkSize?: number; kdf?: typeof KDF } = {},
): SealedWriter {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const { logN, r, p } = options.kdf ?? KDF;
  const salt = crypto.randomBytes(16);
  const noncePrefix = crypto.randomBytes(8);
  const key = deriveKey(password, salt, logN, r, p);
  const head = Buffer.alloc(HEADER_BYTES - 16);
  MAGIC.copy(head, 0);
  head.writeUInt16BE(FORMAT_VERSION, 8);
  head.writeUInt8(logN, 10);
  head.writeUInt8(r, 11);
  head.writeUInt8(p, 12);
  head.writeUInt8(0, 13);
  head.writeUInt32BE(chunkSize, 14);
  salt.copy(head, 18);
  noncePrefix.copy(head, 34);
  const header = Buffer.concat([head, passwordCheck(key, head)]);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, header);
  let index = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const seal = (plain: Buffer, final: boolean) => {
    const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce(noncePrefix, index));
    cipher.setAAD(aad(header, index, final));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const frame = Buffer.alloc(FRAME_BYTES);
    frame.writeUInt8(final ? 1 : 0, 0);
    frame.writeUInt32BE(body.length, 1);
    fs.writeSync(fd, frame);
    fs.writeSync(fd, body);
    fs.writeSync(fd, cipher.getAuthTag());
    index++;
  };

  return {
    write(data) {
      pending.push(data);
      pendingBytes += data.length;
      while (pendingBytes > chunkSize) {
        const all = Buffer.concat(pending);
        seal(all.subarray(0, chunkSize), false);
        pending = [all.subarray(chunkSize)];
        pendingBytes = all.length - chunkSize;
      }
    },
    close() {
      try {
        seal(Buffer.concat(pending), true);
        pending = [];
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = fs.readSync(fd, buf, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return buf.subarray(0, read);
}

function readHeader(fd: number): Header {
  const bytes = readExactly(fd, HEADER_BYTES, 0);
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) {
    throw new SealedFileError('not_sealed', 'Not a Điểm Cầu transfer file');
  }
  const version = bytes.readUInt16BE(8);
  const logN = bytes.readUInt8(10);
  const r = bytes.readUInt8(11);
  const p = bytes.readUInt8(12);
  const chunkSize = bytes.readUInt32BE(14);
  if (version !== FORMAT_VERSION) {
    throw new SealedFileError('unsupported', `Transfer format ${version} is not supported`);
  }
  // Bounds before the key is derived: a forged header must not make scrypt take all memory.
  if (
    logN < 10 ||
    logN > MAX_LOG_N ||
    r < 1 ||
    r > 32 ||
    p < 1 ||
    p > 4 ||
    chunkSize < 1 ||
    chunkSize > 64 * 1024 * 1024
  ) {
    throw new SealedFileError('damaged', 'The header holds impossible parameters');
  }
  return {
    bytes,
    logN,
    r,
    p,
    chunkSize,
    salt: bytes.subarray(18, 34),
    noncePrefix: bytes.subarray(34, 42),
    check: bytes.subarray(42, 58),
  };
}

/**
 * Opens a sealed file, handing each chunk's plaintext to `onData` once that chunk is verified.
 * Throws SealedFileError when the password is wrong or anything in the file is not as sealed;
 * the caller writes what it receives to a temporary place and uses it only when this returns.
 */
export function openSealedFile(
  file: string,
  password: string,
  onData: (plain: Buffer) => void,
): void {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const header = readHeader(fd);
    const key = deriveKey(password, header.salt, header.logN, header.r, header.p);
    const expected = passwordCheck(key, header.bytes.subarray(0, HEADER_BYTES - 16));
    if (!crypto.timingSafeEqual(expected, header.check)) {
      throw new SealedFileError('wrong_password', 'The password does not open this file');
    }
    let position = HEADER_BYTES;
    for (let index = 0; ; index++) {
      const frame = readExactly(fd, FRAME_BYTES, position);
      if (frame.length < FRAME_BYTES) throw new SealedFileError('damaged', 'The file is cut short');
      const final = frame.readUInt8(0);
      const length = frame.readUInt32BE(1);
      if (final > 1 || length > header.chunkSize || (final === 0 && length !== header.chunkSize)) {
        throw new SealedFileError('damaged', `Chunk ${index} has an impossible frame`);
      }
      const body = readExactly(fd, length + TAG_BYTES, position + FRAME_BYTES);
      if (body.length < length + TAG_BYTES) {
        throw new SealedFileError('damaged', 'The file is cut short');
      }
      const decipher = crypto.createDecipheriv(
        'aes-256-gcm',
        key,
        nonce(header.noncePrefix, index),
      );
      decipher.setAAD(aad(header.bytes, index, final === 1));
      decipher.setAuthTag(body.subarray(length));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(body.subarray(0, length)), decipher.final()]);
      } catch {
        throw new SealedFileError('damaged', `Chunk ${index} does not verify`);
      }
      onData(plain);
      position += FRAME_BYTES + length + TAG_BYTES;
      if (final === 1) {
        if (position !== size) throw new SealedFileError('damaged', 'Bytes follow the final chunk');
        return;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
