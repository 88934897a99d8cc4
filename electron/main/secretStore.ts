import type { SecretStore } from '../core/handlerTypes';

/**
 * The core's SecretStore over Electron's safeStorage (DPAPI on Windows, the Keychain on macOS,
 * libsecret or kwallet on Linux). Written against the members it uses, so it is tested with a
 * fake. On Linux without a keyring safeStorage falls back to a hard-coded key ("basic_text"),
 * which protects nothing: that is treated as no store at all, so the settings screen says the
 * token is kept as is rather than pretending it is encrypted.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(blob: Buffer): string;
  getSelectedStorageBackend?: () => string;
}

export function osSecretStore(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): SecretStore | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') return undefined;
  }
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (blob) => safeStorage.decryptString(blob),
  };
}
