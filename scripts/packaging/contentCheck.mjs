// The package holds the app and nothing else: packs the app with electron-builder (`--dir`,
// electron-builder.yml) around a stand-in for Electron's unpacked zip, lists the app.asar and
// checks what is and is not in it. It does not claim the packaged app runs: the stand-in is no
// Electron, the fuse hook says so and skips it, and the native module may be a stand-in too when
// scripts/native.mjs could not build the Electron copy here (no headers). `npm test` runs it after
// building the bundles (`node scripts/build.mjs`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { listPackage } = require('@electron/asar');
const { STAND_IN_MARKER } = require('./fuses.cjs');
const electronVersion = require('electron/package.json').version;

/** Paths (relative to the asar's root, with a leading '/') that must be in the package. */
export const REQUIRED = [
  '/package.json',
  '/out/main/index.js',
  '/out/main/fileWorker.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/resources/icon.png',
  '/resources/provinces.json',
  '/node_modules/better-sqlite3/lib/index.js',
];
/** The Electron-ABI native module: in the list, and unpacked (a .node cannot load from an asar). */
export const NATIVE = `/out/native/electron-${electronVersion}/better_sqlite3.node`;

/** What must never ship, with why; checked against every path in the asar. */
export const FORBIDDEN = [
  [/\.map$/, 'source map'],
  [/\.(test|spec|bench)\.[cm]?[jt]sx?$/, 'test or benchmark'],
  [/(^|\/)(e2e|bench|test|tests|__tests__)\//, 'test, bench or e2e folder'],
  [/(^|\/)\.data(\/|$)/, 'a data folder (.data/)'],
  [/(^|\/)(electron|shared|renderer)\/.*\.tsx?$/, 'TypeScript source'],
  [/better-sqlite3\/build\//, "better-sqlite3's Node build (the tests' copy)"],
  [
    /(^|\/)node_modules\/(fastify|pg|kysely|exceljs|docx|zod|react|vitest|electron)\//,
    'a module the bundles already contain or a dev dependency',
  ],
];

/** The problems with a listing: what is missing, what should not be there. */
export function findProblems(entries, unpacked) {
  const problems = [];
  const set = new Set(entries);
  for (const p of [...REQUIRED, NATIVE]) if (!set.has(p)) problems.push(`missing: ${p}`);
  if (set.has(NATIVE) && !unpacked.has(NATIVE)) problems.push(`not unpacked: ${NATIVE}`);
  if (!entries.some((p) => /^\/out\/renderer\/assets\/.+\.js$/.test(p))) {
    problems.push('missing: the renderer bundle (out/renderer/assets/*.js)');
  }
  for (const p of entries) {
    for (const [re, what] of FORBIDDEN) if (re.test(p)) problems.push(`${what}: ${p}`);
  }
  return problems;
}

function main() {
  const started = Date.now();
  for (const p of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, p))) {
      console.error(`${p} is missing: run "node scripts/build.mjs" first`);
      return 1;
    }
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-package-'));
  // A stand-in for Electron's unpacked zip: an executable named as electron-builder expects,
  // marked so the fuse hook knows it for what it is.
  const dist = path.join(work, 'electron-stand-in');
  fs.mkdirSync(path.join(dist, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  fs.writeFileSync(path.join(dist, 'electron.exe'), 'stand-in');
  fs.writeFileSync(path.join(dist, STAND_IN_MARKER), 'Not Electron: the packaging check only.\n');
  fs.writeFileSync(path.join(dist, 'version'), electronVersion);

  const native = path.join(root, NATIVE.slice(1));
  const placedNative = !fs.existsSync(native);
  if (placedNative) {
    console.log(
      `${NATIVE.slice(1)} is not built here; a stand-in file takes its place for this check`,
    );
    fs.mkdirSync(path.dirname(native), { recursive: true });
    fs.writeFileSync(native, 'stand-in for the Electron-ABI better-sqlite3\n');
  }
  try {
    const out = path.join(work, 'package');
    const builder = path.join(
      path.dirname(require.resolve('electron-builder/package.json')),
      'cli.js',
    );
    const r = spawnSync(
      process.execPath,
      [
        builder,
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${dist}`,
        `-c.directories.output=${out}`,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } },
    );
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      console.error('electron-builder --dir failed');
      return 1;
    }
    const fuseLine = `${r.stdout}${r.stderr}`.split('\n').find((l) => l.includes('[fuses]'));
    if (!fuseLine?.includes('skipped')) {
      console.error('The fuse hook did not run, or did not recognise the stand-in:', fuseLine);
      return 1;
    }
    console.log(fuseLine.trim());
    const resources = path.join(out, 'linux-unpacked', 'resources');
    const asar = path.join(resources, 'app.asar');
    const entries = listPackage(asar, { isPack: false }).map((p) => p.split(path.sep).join('/'));
    const unpacked = new Set(
      listPackage(asar, { isPack: true })
        .filter((l) => l.startsWith('unpack'))
        .map((l) =>
          l
            .replace(/^unpack\s*:\s*/, '')
            .split(path.sep)
            .join('/'),
        ),
    );
    if (!fs.existsSync(path.join(resources, 'app.asar.unpacked', NATIVE.slice(1)))) {
      unpacked.delete(NATIVE);
    }
    const problems = findProblems(entries, unpacked);
    if (problems.length > 0) {
      console.error(`The package is not what it should be:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    console.log(
      `The package holds the app and nothing else: ${entries.length} entries checked in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    if (placedNative) fs.rmSync(native, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1] ?? '')) {
  process.exit(main());
}
