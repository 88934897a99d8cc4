/**
 * JSON Canonicalization Scheme (RFC 8785): the one byte sequence a point signs and the center
 * stores. Keys are sorted by UTF-16 code units, numbers are written the way ECMAScript writes
 * them, strings the way JSON.stringify escapes them. Anything JSON cannot carry exactly (a
 * non-finite number, undefined, a function, a lone surrogate, a class instance, a cycle) is
 * refused rather than silently changed, so what is signed is what was meant.
 */

export class CanonicalJsonError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path || '$'}`);
    this.name = 'CanonicalJsonError';
  }
}

const MAX_DEPTH = 64;

/** True when the string holds a high surrogate without its low half or a low one alone. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

function serializeString(s: string, path: string): string {
  if (hasLoneSurrogate(s)) throw new CanonicalJsonError('lone surrogate in string', path);
  // JSON.stringify escapes exactly what RFC 8785 §3.2.2.2 asks for: ", \, and U+0000–U+001F
  // (with \b \t \n \f \r as short forms), and nothing else.
  return JSON.stringify(s);
}

function serializeNumber(n: number, path: string): string {
  if (!Number.isFinite(n)) throw new CanonicalJsonError('non-finite number', path);
  // ECMAScript's Number::toString is the serialization RFC 8785 §3.2.2.3 prescribes; -0 is "0".
  return Object.is(n, -0) ? '0' : String(n);
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function serialize(value: unknown, path: string, depth: number, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value, path);
    case 'string':
      return serializeString(value, path);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${typeof value} has no JSON form`, path);
  }
  if (depth > MAX_DEPTH) throw new CanonicalJsonError('nested too deeply', path);
  if (seen.has(value)) throw new CanonicalJsonError('cycle', path);
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const parts: string[] = [];
      for (let i = 0; i < value.length; i++) {
        // A hole or undefined element would become null in JSON.stringify: refuse instead.
        if (!(i in value) || value[i] === undefined) {
          throw new CanonicalJsonError('undefined array element', `${path}[${i}]`);
        }
        parts.push(serialize(value[i], `${path}[${i}]`, depth + 1, seen));
      }
      return `[${parts.join(',')}]`;
    }
    if (!isPlainObject(value)) {
      throw new CanonicalJsonError('only plain objects and arrays have a canonical form', path);
    }
    // Default sort compares UTF-16 code units, as RFC 8785 §3.2.3 requires.
    const keys = Object.keys(value).sort();
    const parts: string[] = [];
    for (const key of keys) {
      const v = value[key];
      const at = `${path}.${key}`;
      if (v === undefined) throw new CanonicalJsonError('undefined property', at);
      parts.push(`${serializeString(key, at)}:${serialize(v, at, depth + 1, seen)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    seen.delete(value);
  }
}

/** The canonical JSON text of a value (RFC 8785); throws CanonicalJsonError when it has none. */
export function canonicalize(value: unknown): string {
  return serialize(value, '', 0, new Set());
}
