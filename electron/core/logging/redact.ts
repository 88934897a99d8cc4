/**
 * What never goes into a log: people's names, free text typed by the operator (notes, remarks,
 * positions, reports), contact details, passwords and tokens. Redaction is by key, at any depth,
 * because log calls pass objects (a method's input, an error's details); and strings are scrubbed
 * of what looks like a secret, an e-mail address, a phone number or a user's home folder. The
 * log bundle (logBundle.ts) passes every line through it again before it leaves the machine.
 */
export const REDACTED = '[redacted]';

/** Keys whose values are personal or secret, compared without case, `_` or `-`. */
const PERSONAL_KEYS = new Set(
  [
    'name',
    'fullName',
    'displayName',
    'givenName',
    'familyName',
    'firstName',
    'lastName',
    'person',
    'people',
    'invitee',
    'speaker',
    'operator',
    'position',
    'title',
    'organization',
    'unit',
    'phone',
    'email',
    'address',
    'note',
    'notes',
    'text',
    'body',
    'content',
    'remark',
    'remarks',
    'summary',
    'report',
    'query',
    'search',
    'comment',
    'description',
    'reason',
    'password',
    'passphrase',
    'secret',
    'token',
    'accessToken',
    'refreshToken',
    'authorization',
    'cookie',
    'apiKey',
    'key',
    'signingKey',
    'dataBase64',
    'rows',
  ].map((k) => k.toLowerCase()),
);

const normalKey = (key: string) => key.replace(/[_-]/g, '').toLowerCase();

export const isPersonalKey = (key: string): boolean => PERSONAL_KEYS.has(normalKey(key));

const STRING_RULES: [RegExp, string][] = [
  [
    /\b(bearer|token|password|passwd|pwd|secret|key)(\s*[:=]\s*|\s+)[^\s,;"']+/gi,
    `$1$2${REDACTED}`,
  ],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  // Vietnamese phone numbers (0… or +84…, 9–11 digits, with spaces or dots).
  [/(\+84|\b0)(?:[\s.]?\d){8,10}\b/g, '[phone]'],
  // A user's home folder names the user: C:\Users\<name>, /home/<name>, /Users/<name>.
  [/([A-Za-z]:\\Users\\|\/home\/|\/Users\/)[^\\/\s"']+/g, '$1~'],
];

export function redactString(value: string): string {
  let out = value;
  for (const [re, to] of STRING_RULES) out = out.replace(re, to);
  return out;
}

/** A copy of `value` with personal keys' values replaced and strings scrubbed. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[deep]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value instanceof Error) {
    return {
      type: value.name,
      message: redactString(value.message),
      stack: value.stack ? redactString(value.stack) : undefined,
      ...(redactValue({ ...value }, depth + 1) as object),
    };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = isPersonalKey(k) ? REDACTED : redactValue(v, depth + 1);
  }
  return out;
}
