/**
 * Text encodings of roster CSVs: which one a file uses, and turning its bytes into text.
 *
 * Order of evidence: a byte-order mark; UTF-16LE without a mark (ASCII-heavy text has a zero in
 * every other byte); valid UTF-8; otherwise one of the two legacy 8-bit encodings still met in
 * Vietnamese offices, Windows-1258 (what Excel writes on Vietnamese Windows) or TCVN3 (.VnTime),
 * chosen by which decoding yields more well-formed Vietnamese syllables.
 */
import iconv from 'iconv-lite';
import { ROSTER_ENCODINGS } from '../../../shared/api/directorySchemas';
import { AppError } from '../../../shared/api/errors';
import { toNfc, toNfd } from '../../../shared/text/marks';
import { scoreVietnamese } from './syllable';
import { decodeTcvn3, encodeTcvn3 } from './tcvn3';

export { ROSTER_ENCODINGS };
export type RosterEncoding = (typeof ROSTER_ENCODINGS)[number];

export interface DetectedEncoding {
  encoding: RosterEncoding;
  /** English, for logs and the developer; the UI shows the encoding's name. */
  reason: string;
}

/** How much of a file the legacy-encoding vote reads (plenty for a roster's words). */
const SAMPLE_BYTES = 256 * 1024;

export function hasUtf8Bom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}
export function hasUtf16leBom(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0xff && b[1] === 0xfe;
}
export function hasUtf16beBom(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0xfe && b[1] === 0xff;
}

/**
 * UTF-16LE without a BOM: in the first 4 KB at least a third of the odd bytes are zero (the high
 * byte of ASCII characters) and almost no even byte is.
 */
export function looksUtf16le(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return false;
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return oddZeros >= pairs / 3 && evenZeros <= pairs / 50;
}

/** Well-formed multi-byte UTF-8 sequences and stray bytes (a file damaged in a few places). */
function utf8Counts(b: Uint8Array): { sequences: number; invalid: number } {
  let sequences = 0;
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len =
      c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { sequences, invalid };
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return false;
  return true;
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8-bom', reason: 'UTF-8 byte-order mark' };
  if (hasUtf16leBom(bytes)) return { encoding: 'utf-16le', reason: 'UTF-16LE byte-order mark' };
  if (hasUtf16beBom(bytes)) {
    throw new AppError('IMPORT_UNSUPPORTED', 'UTF-16 big-endian text is not supported', {
      kind: 'encoding',
      encoding: 'utf-16be',
    });
  }
  if (looksUtf16le(bytes)) {
    return { encoding: 'utf-16le', reason: 'zero high bytes at odd positions (UTF-16LE, no BOM)' };
  }
  if (isAscii(bytes)) return { encoding: 'utf-8', reason: 'plain ASCII' };
  const utf8 = utf8Counts(bytes);
  if (utf8.invalid === 0) return { encoding: 'utf-8', reason: 'valid UTF-8' };
  if (utf8.sequences >= 10 * utf8.invalid) {
    return {
      encoding: 'utf-8',
      reason: `UTF-8 with ${utf8.invalid} invalid byte(s) among ${utf8.sequences} characters`,
    };
  }

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const cp = scoreVietnamese(decodeText(sample, 'windows-1258'));
  const vn = scoreVietnamese(decodeText(sample, 'tcvn3'));
  const counts = `Windows-1258 ${cp.good} good / ${cp.bad} bad words, TCVN3 ${vn.good} / ${vn.bad}`;
  if (vn.good - vn.bad > cp.good - cp.bad) {
    return { encoding: 'tcvn3', reason: `not UTF-8; TCVN3 reads as Vietnamese (${counts})` };
  }
  return {
    encoding: 'windows-1258',
    reason: `not UTF-8; Windows-1258 reads as Vietnamese at least as well (${counts})`,
  };
}

/** Decodes bytes in the given encoding; a byte-order mark is dropped whatever was chosen. */
export function decodeText(bytes: Uint8Array, encoding: RosterEncoding): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom': {
      const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
      return new TextDecoder('utf-8').decode(body);
    }
    case 'utf-16le': {
      const body = hasUtf16leBom(bytes) ? bytes.subarray(2) : bytes;
      return new TextDecoder('utf-16le').decode(body);
    }
    case 'windows-1258':
      // Tones come as combining marks after the letter: compose them.
      return toNfc(
        iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows1258'),
      );
    case 'tcvn3':
      return decodeTcvn3(bytes);
  }
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const LETTER_MARKS = /[\u0302\u0306\u031b]/;

/**
 * Windows-1258 has "â ê ô ơ ư ă đ" precomposed but tones only as combining marks after the letter
 * (0xCC 0xEC 0xD2 0xDE 0xF2), as Vietnamese Windows writes them: "ế" → "ê" + U+0301.
 */
function windows1258Form(text: string): string {
  let out = '';
  let base = '';
  let letterMarks = '';
  let tones = '';
  const flush = () => {
    out += (base + letterMarks).normalize('NFC') + tones;
    base = letterMarks = tones = '';
  };
  for (const ch of toNfd(text)) {
    if (TONE_MARKS.test(ch)) tones += ch;
    else if (LETTER_MARKS.test(ch)) letterMarks += ch;
    else {
      flush();
      base = ch;
    }
  }
  flush();
  return out;
}

function withPrefix(prefix: readonly number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/** Text → bytes in a roster encoding (legacy exports and test fixtures); adds the BOM it names. */
export function encodeText(text: string, encoding: RosterEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return withPrefix([0xef, 0xbb, 0xbf], new TextEncoder().encode(text));
    case 'utf-16le':
      return withPrefix([0xff, 0xfe], Buffer.from(text, 'utf16le'));
    case 'windows-1258':
      return new Uint8Array(iconv.encode(windows1258Form(text), 'windows1258'));
    case 'tcvn3':
      return encodeTcvn3(text);
  }
}
