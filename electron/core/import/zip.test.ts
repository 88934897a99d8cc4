import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../testing/hostileFiles';
import { writeXlsx } from './xlsx';
import type { ZipEntry } from './zip';
import { EntryTooLarge, ZipFormatError, inflateEntry, zipEntries } from './zip';

const MiB = 1024 * 1024;

async function unpack(bytes: Uint8Array, entry: ZipEntry, max = Infinity) {
  const chunks: Uint8Array[] = [];
  const size = await inflateEntry(bytes, entry, max, (c) => chunks.push(Buffer.from(c)));
  return { size, data: Buffer.concat(chunks) };
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
/** Offset of the first central directory entry (the archives here have no comment). */
const centralAt = (b: Uint8Array) => view(b).getUint32(b.length - 22 + 16, true);

describe('zipEntries and inflateEntry', () => {
  it('list the parts of a workbook and unpack each to what it holds', async () => {
    const bytes = await writeXlsx('DS', [['Họ và tên'], ['Lê Văn Tám']]);
    const entries = [...zipEntries(bytes)];
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
    for (const entry of entries) {
      const { size, data } = await unpack(bytes, entry);
      expect(size).toBe(entry.declaredSize);
      const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      expect(data).toEqual(entry.method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw));
    }
  });

  it('unpack no further than the ceiling when a header declares less than the data holds', async () => {
    const bytes = buildZip([
      { name: 'big.xml', data: [{ repeat: 'a'.repeat(MiB), times: 64 }], declaredSize: 100 },
    ]);
    const [entry] = [...zipEntries(bytes)];
    expect(entry!.declaredSize).toBe(100);
    let handed = 0;
    const err = await inflateEntry(bytes, entry!, MiB, (c) => (handed += c.length)).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EntryTooLarge);
    // Stopped at the first chunk past the ceiling, not after the 64 MiB.
    expect((err as EntryTooLarge).unpacked).toBeLessThan(2 * MiB);
    expect(handed).toBeLessThanOrEqual(MiB);
  });

  it('stop at once when the reader of the chunks refuses one', async () => {
    const bytes = buildZip([{ name: 'a.xml', data: [{ repeat: 'b'.repeat(MiB), times: 32 }] }]);
    const [entry] = [...zipEntries(bytes)];
    let chunks = 0;
    const refusal = new Error('enough');
    const err = await inflateEntry(bytes, entry!, Infinity, () => {
      if (++chunks === 2) throw refusal;
    }).catch((e: unknown) => e);
    expect(err).toBe(refusal);
    expect(chunks).toBe(2);
  });

  it('read entries past the count the directory declares, as JSZip does', () => {
    const bytes = buildZip([
      { name: 'a', data: ['1'] },
      { name: 'b', data: ['2'] },
      { name: 'c', data: ['3'] },
    ]);
    view(bytes).setUint16(bytes.length - 22 + 8, 1, true);
    view(bytes).setUint16(bytes.length - 22 + 10, 1, true);
    expect([...zipEntries(bytes)].map((e) => e.name)).toEqual(['a', 'b', 'c']);
  });

  it('find the archive behind bytes prepended to it', async () => {
    const zip = buildZip([{ name: 'a.xml', data: ['<a/>'] }]);
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('#!stub\n'.repeat(10)), zip]));
    const [entry] = [...zipEntries(bytes)];
    expect((await unpack(bytes, entry!)).data.toString()).toBe('<a/>');
  });

  it('take sizes and offsets from a zip64 extra field', async () => {
    const zip = Buffer.from(buildZip([{ name: 'a.xml', data: ['<a>zip64</a>'] }]));
    const at = centralAt(zip);
    const compressed = zip.readUInt32LE(at + 20);
    // The same entry with its sizes moved into a zip64 extra field (id 1).
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(zip.readUInt32LE(at + 24)), 4);
    extra.writeBigUInt64LE(BigInt(compressed), 12);
    const header = Buffer.from(zip.subarray(at, at + 46 + 5));
    header.writeUInt32LE(0xffffffff, 20);
    header.writeUInt32LE(0xffffffff, 24);
    header.writeUInt16LE(extra.length, 30);
    const end = Buffer.from(zip.subarray(zip.length - 22));
    end.writeUInt32LE(header.length + extra.length, 12);
    const bytes = new Uint8Array(Buffer.concat([zip.subarray(0, at), header, extra, end]));
    const [entry] = [...zipEntries(bytes)];
    expect(entry).toMatchObject({ compressedSize: compressed, declaredSize: 12 });
    expect((await unpack(bytes, entry!)).data.toString()).toBe('<a>zip64</a>');
  });

  it('refuse what is not a readable archive', async () => {
    const zip = buildZip([{ name: 'a.xml', data: ['<a/>'] }]);
    const list = (b: Uint8Array) => () => [...zipEntries(b)];
    expect(list(zip.subarray(0, zip.length - 30))).toThrow(ZipFormatError); // cut short
    expect(list(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(ZipFormatError);
    const encrypted = new Uint8Array(zip);
    view(encrypted).setUint16(centralAt(zip) + 8, 1, true);
    expect(list(encrypted)).toThrow(/encrypted/);
    const bzip2 = new Uint8Array(zip);
    view(bzip2).setUint16(centralAt(zip) + 10, 12, true);
    expect(list(bzip2)).toThrow(/method 12/);
    // A damaged deflate stream is refused when unpacked.
    const damaged = new Uint8Array(zip);
    const [entry] = [...zipEntries(damaged)];
    damaged.fill(0xff, entry!.dataOffset, entry!.dataOffset + entry!.compressedSize);
    await expect(unpack(damaged, entry!)).rejects.toBeInstanceOf(ZipFormatError);
  });
});
