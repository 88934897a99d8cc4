import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64InSlices } from './base64';

describe('decodeBase64InSlices', () => {
  it('decodes what Buffer.from decodes, stray characters and padding included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('', '\n', ' ', '\r\n'),
        fc.boolean(),
        async (bytes, stray, url) => {
          const text = Buffer.from(bytes).toString(url ? 'base64url' : 'base64');
          const messy = text.replace(/(.{7})/g, `$1${stray}`);
          const expected = Buffer.from(messy, 'base64');
          // In one slice, and in slices of 8 characters that stray characters put out of step.
          for (const slice of [65_536, 8]) {
            const out = await decodeBase64InSlices(messy, async () => {}, slice);
            expect(Buffer.from(out)).toEqual(expected);
            // Not shared memory, which Electron's utility process could not be sent.
            expect(out.buffer).toBeInstanceOf(ArrayBuffer);
          }
        },
      ),
    );
  });

  it('decodes a large file a slice at a time, yielding between slices', async () => {
    const bytes = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 9)) & 0xff;
    let pauses = 0;
    const out = await decodeBase64InSlices(bytes.toString('base64'), async () => {
      pauses++;
    });
    expect(Buffer.from(out).equals(bytes)).toBe(true);
    // 7 MB of base64 in slices of 64 K characters.
    expect(pauses).toBe(Math.ceil((bytes.length * 4) / 3 / 65_536) - 1);
  });
});
