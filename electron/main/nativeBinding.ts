import path from 'node:path';

/**
 * Where the Electron-ABI better-sqlite3 is (scripts/native.mjs builds it into out/native/). In the
 * installed app it sits in app.asar.unpacked (electron-builder.yml `asarUnpack`): a native module
 * is loaded by the system's loader, which cannot read inside an asar, so the path names the
 * unpacked copy rather than relying on Electron to extract it to a temp file.
 */
export function electronSqliteBinding(
  appPath: string,
  electronVersion: string,
  exists: (file: string) => boolean,
): string | undefined {
  const inApp = path.join(
    appPath,
    'out',
    'native',
    `electron-${electronVersion}`,
    'better_sqlite3.node',
  );
  const file = inApp.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return exists(file) ? file : undefined;
}
