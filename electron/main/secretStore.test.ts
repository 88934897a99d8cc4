import { describe, expect, it } from 'vitest';
import type { SafeStorageLike } from './secretStore';
import { osSecretStore } from './secretStore';

/** A stand-in for safeStorage that really transforms the text, so a mix-up would show. */
function fakeSafeStorage(available: boolean, backend?: string): SafeStorageLike {
  const key = 0x5a;
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ key));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => xor(Buffer.from(plain, 'utf8')),
    decryptString: (blob) => xor(blob).toString('utf8'),
    ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
  };
}

describe('the OS secret store', () => {
  it('encrypts through safeStorage and reads back the same token', () => {
    const store = osSecretStore(fakeSafeStorage(true), 'win32')!;
    const blob = store.encrypt('tok-ĐiểmCầu-123');
    expect(blob.toString('utf8')).not.toContain('tok');
    expect(store.decrypt(blob)).toBe('tok-ĐiểmCầu-123');
  });

  it('is absent where the OS has no encryption', () => {
    expect(osSecretStore(fakeSafeStorage(false), 'win32')).toBeUndefined();
  });

  it('on Linux, counts the hard-coded "basic_text" fallback as no store', () => {
    expect(osSecretStore(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeUndefined();
    expect(osSecretStore(fakeSafeStorage(true), 'linux')).toBeUndefined();
    expect(osSecretStore(fakeSafeStorage(true, 'gnome_libsecret'), 'linux')).toBeDefined();
  });
});
