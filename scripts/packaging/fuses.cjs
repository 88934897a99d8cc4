// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, so the shipped
// app cannot be turned into a plain Node (RunAsNode, NODE_OPTIONS, --inspect) or made to load
// code from outside its checked app.asar. Fuses are bits in the binary, read before any of our
// code runs (docs/security.md).
//
// The packaging content check (scripts/packaging/contentCheck.mjs) packs with a stand-in for
// Electron's zip that carries STAND_IN_MARKER; that binary has no fuse wire, so the hook says why
// it skips it. Any other binary without the wire is an error: a release never ships unfused.
const fs = require('node:fs');
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

const STAND_IN_MARKER = 'diemcau-electron-stand-in.txt';
// The wire's sentinel, as @electron/fuses looks for it (its constants.js).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

function binaryOf(context) {
  const { appOutDir, packager, electronPlatformName } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

function hasFuseWire(file) {
  const target = fs.statSync(file).isDirectory()
    ? path.join(
        file,
        'Contents',
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      )
    : file;
  return fs.readFileSync(target).includes(SENTINEL);
}

async function afterPack(context) {
  const binary = binaryOf(context);
  if (!hasFuseWire(binary)) {
    if (fs.existsSync(path.join(context.appOutDir, STAND_IN_MARKER))) {
      console.log(
        `[fuses] skipped: ${binary} is the packaging check's stand-in for Electron, not a real ` +
          'Electron binary (it has no fuse wire)',
      );
      return;
    }
    throw new Error(`[fuses] ${binary} has no fuse wire: is it an Electron binary?`);
  }
  await flipFuses(binary, {
    ...FUSES,
    // Flipping fuses breaks an arm64 macOS binary's ad-hoc signature; re-sign it so it starts.
    resetAdHocDarwinSignature: context.arch === 3 /* Arch.arm64 */,
  });
  console.log(`[fuses] set on ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.STAND_IN_MARKER = STAND_IN_MARKER;
module.exports.hasFuseWire = hasFuseWire;
