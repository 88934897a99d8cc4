/**
 * A file's bytes from the base64 it crosses the API in, decoded on the core's thread without
 * holding it: a 20 MB roster is 27 MB of base64, and decoding it in one call kept the thread
 * that answers check-ins busy for tens of milliseconds. Here it is decoded a slice at a time
 * (64 K characters, about 0.1 ms), with a yield to the event loop between slices, into the one
 * buffer the session keeps. Plain memory, not shared: the worker is a process, and Electron's
 * utility process cannot be sent a SharedArrayBuffer.
 */

/**
 * Characters of base64 decoded per step (a multiple of 4): about 0.1 ms of work, which is
 * what a check-in arriving during the decoding waits for at most.
 */
const SLICE = 1 << 16;
/** What Node's decoder skips; removed first so that slices stay aligned on 4 characters. */
const NOT_BASE64 = /[^A-Za-z0-9+/\-_]/g;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Decodes base64 (or base64url; padding, line breaks and other stray characters are ignored,
 * as Buffer.from does) into a buffer of its own, yielding to the event loop between
 * slices (`pause` and `slice`, a multiple of 4, are for tests).
 *
 * A clean slice (what the app sends) is decoded as it is: 4 characters give 3 bytes, so a
 * slice that gives fewer held something else, and from there on the text is cleaned before
 * decoding, so that every slice stays aligned on 4 characters. Checking the count costs
 * nothing; searching each slice for stray characters cost four times the decoding.
 */
export async function decodeBase64InSlices(
  text: string,
  pause: () => Promise<void> = nextTurn,
  slice = SLICE,
): Promise<Uint8Array> {
  const out = Buffer.alloc(Math.ceil(text.length / 4) * 3);
  let length = 0;
  let clean = true;
  let carry = '';
  for (let at = 0; at < text.length; at += slice) {
    if (at > 0) await pause();
    const part = text.slice(at, at + slice);
    const last = at + slice >= text.length;
    if (clean) {
      const written = out.write(part, length, 'base64');
      if (last || written === (part.length / 4) * 3) {
        length += written;
        continue;
      }
      clean = false; // decode this slice again, cleaned
    }
    const piece = (carry + part).replace(NOT_BASE64, '');
    const whole = last ? piece.length : piece.length - (piece.length % 4);
    carry = piece.slice(whole);
    length += out.write(piece.slice(0, whole), length, 'base64');
  }
  return new Uint8Array(out.buffer, 0, length);
}
