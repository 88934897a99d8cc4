import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(rendererDir, '..');

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the same build is loaded from app:// in Electron and from the
  // loopback host in the browser build.
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(repoRoot, 'out/renderer'),
    emptyOutDir: true,
    // One bundle loaded from local disk: splitting would buy nothing but requests.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // The renderer imports ../shared; let the dev server read it.
    fs: { allow: [repoRoot] },
  },
});
