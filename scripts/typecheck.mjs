// One tsconfig per layer, so a wrong import is a type error in the layer that made it
// (shared/ has neither DOM nor Node types; the renderer has DOM and no Node; core has Node, no DOM).
import { spawnSync } from 'node:child_process';

const projects = [
  'shared',
  'renderer',
  'electron/core',
  'electron/host',
  'electron/main',
  'electron/preload',
  'center',
  '.', // tests, e2e, bench and configs
];
let failed = 0;
for (const p of projects) {
  const r = spawnSync('npx', ['tsc', '-p', p, '--noEmit'], { stdio: 'inherit' });
  console.log(`typecheck ${p}: ${r.status === 0 ? 'ok' : 'FAILED'}`);
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
