/**
 * Just enough of the zip format to look inside an XLSX before exceljs does: the entries of the
 * central directory (name, method, sizes, where the data is) and each entry's data unpacked as
 * a stream of chunks. The sizes the directory declares are only claims; `inflateEntry` counts
 * what really comes out and stops at a ceiling, so a header that lies cannot make it unpack
 * more.
 *
 * It reads the archive the way JSZip (exceljs's reader) does: the end-of-directory record is
 * searched from the end, a zip64 record is followed, bytes prepended before the archive shift
 * every offset, and an entry's data starts after its local header's name and extra field.
 */
import zlib from 'node:zlib';

/** A damaged archive, or one using what a workbook never does (encryption, other methods). */
export class ZipFormatError extends Error {}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** What the directory declares; a hostile file may lie. */
  declaredSize: number;
  /** Where the entry's data starts in the archive. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(at: number, n: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + n > this.bytes.length) {
      throw new ZipFormatError(`zip structure points outside the file (${at}+${n})`);
    }
  }
  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.need(at, 8);
    const v = this.view.getBigUint64(at, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 value too large');
    return Number(v);
  }
  text(at: number, n: number): string {
    this.need(at, n);
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + at, n).toString('latin1');
  }
}

/** The last occurrence of a signature before `from`, searching backwards as JSZip does. */
function lastSignature(r: Reader, signature: number, from: number): number {
  for (let at = Math.min(from, r.bytes.length - 4); at >= 0; at--) {
    if (r.bytes[at] === 0x50 && r.bytes[at + 1] === 0x4b && r.u32(at) === signature) return at;
  }
  return -1;
}

/** Values a zip64 extra field (id 1) gives for the fields the header set to 0xFFFFFFFF. */
function zip64Values(r: Reader, extraAt: number, extraLength: number, wanted: boolean[]) {
  const out: number[] = [];
  const end = extraAt + extraLength;
  for (let at = extraAt; at + 4 <= end;) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    if (id === 1) {
      let p = at + 4;
      for (const w of wanted) {
        if (!w) continue;
        if (p + 8 > at + 4 + size) throw new ZipFormatError('short zip64 extra field');
        out.push(r.u64(p));
        p += 8;
      }
      return out;
    }
    at += 4 + size;
  }
  throw new ZipFormatError('zip64 sizes without a zip64 extra field');
}

/**
 * The archive's entries, read from its central directory one at a time (a generator, so a
 * caller counting them can stop at its limit before the rest are read). Throws ZipFormatError
 * for a damaged directory, encryption or a method other than stored and deflated.
 */
export function* zipEntries(bytes: Uint8Array): Generator<ZipEntry> {
  const r = new Reader(bytes);
  const eocd = lastSignature(r, EOCD, bytes.length - 22);
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  let declaredCount = r.u16(eocd + 10);
  let dirSize = r.u32(eocd + 12);
  let dirOffset = r.u32(eocd + 16);
  let expectedEnd: number;
  const maxed = [4, 6, 8, 10].some((k) => r.u16(eocd + k) === 0xffff);
  if (maxed || dirSize === U32_MAX || dirOffset === U32_MAX) {
    const locator = lastSignature(r, ZIP64_LOCATOR, eocd);
    if (locator < 0) throw new ZipFormatError('zip64 archive without its locator');
    let record = r.u64(locator + 8);
    if (record + 4 > bytes.length || r.u32(record) !== ZIP64_EOCD) {
      record = lastSignature(r, ZIP64_EOCD, locator);
      if (record < 0) throw new ZipFormatError('zip64 end record not found');
    }
    declaredCount = r.u64(record + 32);
    dirSize = r.u64(record + 40);
    dirOffset = r.u64(record + 48);
    expectedEnd = dirOffset + dirSize + 20 + 12 + r.u64(record + 4);
  } else {
    expectedEnd = dirOffset + dirSize;
  }
  // Bytes before the archive (a self-extractor stub, a prepended header) shift every offset.
  const shift = eocd - expectedEnd;
  if (shift < 0) throw new ZipFormatError(`zip is missing ${-shift} bytes`);
  // Like JSZip, read entries while their signature is there, whatever the count says: a
  // directory that declares one entry and holds a million is read (and limited) in full.
  let at = dirOffset + shift;
  let read = 0;
  while (at + 4 <= bytes.length && r.u32(at) === CENTRAL) {
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    let compressedSize = r.u32(at + 20);
    let declaredSize = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    const name = r.text(at + 46, nameLength);
    const wanted = [declaredSize === U32_MAX, compressedSize === U32_MAX, localOffset === U32_MAX];
    if (wanted.some(Boolean)) {
      const values = zip64Values(r, at + 46 + nameLength, extraLength, wanted);
      if (wanted[0]) declaredSize = values.shift()!;
      if (wanted[1]) compressedSize = values.shift()!;
      if (wanted[2]) localOffset = values.shift()!;
    }
    if (flags & 1) throw new ZipFormatError(`encrypted entry ${name}`);
    if (method !== 0 && method !== 8) {
      throw new ZipFormatError(`entry ${name} uses compression method ${method}`);
    }
    const local = localOffset + shift;
    if (r.u32(local) !== LOCAL) throw new ZipFormatError(`local header of ${name} not found`);
    const dataOffset = local + 30 + r.u16(local + 26) + r.u16(local + 28);
    if (dataOffset + compressedSize > bytes.length) {
      throw new ZipFormatError(`data of ${name} runs past the end of the file`);
    }
    yield { name, method, compressedSize, declaredSize, dataOffset };
    read++;
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (read === 0 && declaredCount !== 0) throw new ZipFormatError('central directory not found');
}

/** Thrown by `inflateEntry` when the data unpacks to more than its ceiling. */
export class EntryTooLarge extends Error {
  constructor(readonly unpacked: number) {
    super(`entry unpacks to more than the limit (${unpacked} bytes read)`);
  }
}

/** Output chunk size: large enough that the thread-pool round trips are few. */
const CHUNK = 256 * 1024;

/**
 * Unpacks an entry, handing each chunk to `onChunk` as it comes, and resolves with the number
 * of bytes unpacked. Stops at once, destroying the inflater, when the count passes `maxBytes`
 * (EntryTooLarge) or `onChunk` throws (that error is passed on); a damaged deflate stream is
 * ZipFormatError.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<number> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    return new Promise((resolve, reject) => {
      try {
        let done = 0;
        while (done < data.length) {
          const chunk = data.subarray(done, Math.min(data.length, done + CHUNK));
          if (done + chunk.length > maxBytes) throw new EntryTooLarge(done + chunk.length);
          onChunk(chunk);
          done += chunk.length;
        }
        resolve(done);
      } catch (err) {
        reject(err);
      }
    });
  }
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: CHUNK });
    let unpacked = 0;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(err);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return;
      unpacked += chunk.length;
      if (unpacked > maxBytes) {
        fail(new EntryTooLarge(unpacked));
        return;
      }
      try {
        onChunk(chunk);
      } catch (err) {
        fail(err);
      }
    });
    inflater.on('error', (err) => fail(new ZipFormatError(`${entry.name}: ${err.message}`)));
    inflater.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(unpacked);
    });
    inflater.end(data);
  });
}
