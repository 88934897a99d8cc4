/**
 * A file's bytes from the base64 it crosses the API in, decoded on the core's thread without
 * holding it: a 20 MB roster is 27 MB of base64, and decoding it in one call, then copying it
 * for the session and again for the worker, kept the thread that answers check-ins busy for
 * tens of milliseconds per reading. Here it is decoded a slice at a time, with a yield to the
 * event loop between slices, straight into shared memory: the session keeps that memory and
 * the worker reads it in place (a SharedArrayBuffer is shared with a worker, not copied), so a
 * reading costs the core's thread no copy at all.
 */

/** Characters of base64 decoded per step (a multiple of 4): about a millisecond of work. */
const SLICE = 1 << 20;
/** What Node's decoder skips; removed first so that slices stay aligned on 4 characters. */
const NOT_BASE64 = /[^A-Za-z0-9+/\-_]/g;
const HAS_NOT_BASE64 = /[^A-Za-z0-9+/\-_]/;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Decodes base64 (or base64url; padding, line breaks and other stray characters are ignored,
 * as Buffer.from does) into a view on a SharedArrayBuffer, yielding to the event loop between
 * slices (`pause`, replaceable for tests).
 */
export async function decodeBase64Shared(
  text: string,
  pause: () => Promise<void> = nextTurn,
): Promise<Uint8Array> {
  const out = Buffer.from(new SharedArrayBuffer(Math.ceil(text.length / 4) * 3));
  let length = 0;
  let carry = '';
  for (let at = 0; at < text.length; at += SLICE) {
    if (at > 0) await pause();
    let piece = carry + text.slice(at, at + SLICE);
    if (HAS_NOT_BASE64.test(piece)) piece = piece.replace(NOT_BASE64, '');
    const whole = piece.length - (piece.length % 4);
    carry = piece.slice(whole);
    length += out.write(piece.slice(0, whole), length, 'base64');
  }
  if (carry) length += out.write(carry, length, 'base64');
  return new Uint8Array(out.buffer, 0, length);
}
