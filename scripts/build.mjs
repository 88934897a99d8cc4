// Builds the bundles into out/: main, preload (Electron), host (Node, for `npm run web`), the
// core's file worker beside each core bundle (main and host each run a core), and the renderer
// (Vite). `--no-renderer` skips Vite when only Node code changed.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipRenderer = process.argv.includes('--no-renderer');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  // Native and Electron modules are loaded at run time, never bundled.
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'out/main/index.js' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'out/preload/index.js' }),
  build({ ...common, entryPoints: ['electron/host/main.ts'], outfile: 'out/host/main.js' }),
  ...['main', 'host'].map((dir) =>
    build({
      ...common,
      entryPoints: ['electron/core/worker/entry.ts'],
      outfile: `out/${dir}/fileWorker.js`,
    }),
  ),
]);

if (!skipRenderer) {
  await viteBuild({ configFile: path.join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });
}
console.log('built out/');
