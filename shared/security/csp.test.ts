import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name = '', ...sources] = d.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the reviewed policy (change this test and docs/security.md together)', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-src': ["'none'"],
      'worker-src': ["'none'"],
      'media-src': ["'none'"],
      'manifest-src': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('names each directive once (a browser ignores the repeat)', () => {
    const names = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('runs no script but the app’s own files', () => {
    const scripts = directives.get('script-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    expect(directives.has('script-src-attr')).toBe(false);
    expect(directives.has('script-src-elem')).toBe(false);
  });

  it.each(['form-action', 'object-src', 'base-uri', 'frame-ancestors', 'frame-src', 'worker-src'])(
    'allows nothing for %s',
    (name) => {
      expect(directives.get(name)).toEqual(["'none'"]);
    },
  );
});
