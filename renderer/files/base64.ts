/**
 * Files cross the API as base64 (both transports carry JSON). A roster can be 20 MB, so the
 * bytes are encoded a slice at a time: spreading millions of bytes into one
 * String.fromCharCode call overflows the stack.
 */

/** A multiple of 3, so every slice but the last encodes without padding and slices join cleanly. */
const SLICE = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE) {
    const slice = bytes.subarray(start, start + SLICE);
    parts.push(btoa(String.fromCharCode.apply(null, slice as unknown as number[])));
  }
  return parts.join('');
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
