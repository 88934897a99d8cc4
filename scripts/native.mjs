// better-sqlite3 is a native addon compiled for one ABI at a time. Tests, the bench and
// `npm run web` load it in Node from node_modules; the Electron app loads a second copy built
// for Electron's ABI from out/native/ (better-sqlite3's `nativeBinding` option). Keeping two
// copies means `npm test` and `npm start` never rebuild over each other.
//
//   node scripts/native.mjs node      make node_modules' copy load in this Node
//   node scripts/native.mjs electron  build out/native/electron-<version>/better_sqlite3.node
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(cmd, args, options = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', stdio: 'pipe', ...options });
}

/** Path of the Electron binary if it was downloaded; never triggers a download. */
function electronBinary() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const bin = path.join(distDir, fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

export function electronBindingPath() {
  const { version } = require('electron/package.json');
  return path.join(root, 'out', 'native', `electron-${version}`, 'better_sqlite3.node');
}

function loads(bin, binding, env = {}) {
  const opts = binding ? `{ nativeBinding: ${JSON.stringify(binding)} }` : '{}';
  const probe = `new (require('better-sqlite3'))(':memory:', ${opts}).prepare('select 1').get()`;
  return run(bin, ['-e', probe], { cwd: root, env: { ...process.env, ...env } }).status === 0;
}

function ensureNode() {
  if (loads(process.execPath, null)) return 0;
  console.log('better-sqlite3 does not load in this Node: rebuilding it (about two minutes)…');
  return (
    spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' }).status ?? 1
  );
}

function ensureElectron() {
  const bin = electronBinary();
  if (!bin) {
    console.error(
      'The Electron binary is not installed (node_modules/electron has no dist/). ' +
        'Run "npx install-electron" where the Electron download is reachable, or use "npm run web".',
    );
    return 1;
  }
  const target = electronBindingPath();
  const env = { ELECTRON_RUN_AS_NODE: '1' };
  if (fs.existsSync(target) && loads(bin, target, env)) return 0;
  const { version } = require('electron/package.json');
  console.log(
    `Building better-sqlite3 for Electron ${version} into ${path.relative(root, target)}…`,
  );
  const work = path.join(root, 'out', 'native', 'build-electron');
  fs.rmSync(work, { recursive: true, force: true });
  const src = path.dirname(require.resolve('better-sqlite3/package.json'));
  fs.cpSync(src, work, {
    recursive: true,
    // Everything but a previous build output, judged relative to the package, not the checkout.
    filter: (p) => path.relative(src, p).split(path.sep)[0] !== 'build',
  });
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const r = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${version}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
  );
  if (r.status !== 0) return r.status ?? 1;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  return loads(bin, target, env) ? 0 : 1;
}

function isMain() {
  try {
    return fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1] ?? '');
  } catch {
    return false;
  }
}

if (isMain()) {
  const which = process.argv[2];
  if (which === 'node') process.exit(ensureNode());
  if (which === 'electron') process.exit(ensureElectron());
  console.error('usage: node scripts/native.mjs node|electron');
  process.exit(2);
}
