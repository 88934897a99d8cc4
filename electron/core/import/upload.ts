import { setImmediate as nextTurn } from 'node:timers/promises';

/** Base64 characters decoded per slice (a multiple of 4): about a millisecond of work. */
export const SLICE_CHARS = 1 << 20;

/** Bytes that `chars` base64 characters stand for, without padding. */
const decodedLength = (chars: number) => Math.floor(chars / 4) * 3 + Math.max(0, (chars % 4) - 1);

/**
 * The bytes of an uploaded file (base64, as both transports carry files), decoded on the
 * core's thread in slices with a turn of the event loop between them: a file near the import
 * limit is 27 MB of text, and decoding it at once held the thread for tens of milliseconds.
 * The bytes land in shared memory, so every reading hands them to the worker without a copy.
 *
 * A slice may only be cut between whole four-character groups. A slice that decodes to fewer
 * bytes than its length promises held something else (line breaks, padding inside): such text
 * is decoded at once instead, exactly as leniently as Buffer does.
 */
export async function decodeUpload(base64: string): Promise<Uint8Array> {
  // Trailing padding cut by hand: a regular expression would scan all 27 MB to find the end.
  let end = base64.length;
  while (end > 0 && base64.charCodeAt(end - 1) === 61 /* = */) end--;
  const out = new Uint8Array(new SharedArrayBuffer(decodedLength(end)));
  const target = Buffer.from(out.buffer);
  let written = 0;
  for (let at = 0; at < end; at += SLICE_CHARS) {
    if (at > 0) await nextTurn();
    const chars = Math.min(SLICE_CHARS, end - at);
    const n = target.write(base64.slice(at, at + chars), written, 'base64');
    if (n !== decodedLength(chars)) return inOneGo(base64);
    written += n;
  }
  return out;
}

function inOneGo(base64: string): Uint8Array {
  const decoded = Buffer.from(base64, 'base64');
  const out = new Uint8Array(new SharedArrayBuffer(decoded.length));
  out.set(decoded);
  return out;
}
