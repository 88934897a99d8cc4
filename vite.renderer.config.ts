// Vite configuration for the renderer. It lives at the top level, not in renderer/, because it
// runs in Node at build time and renderer/ holds only code that runs in the page.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = dirname(fileURLToPath(import.meta.url));
const rendererDir = resolve(repoRoot, 'renderer');

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
    rollupOptions: {
      // zod ships /*#__PURE__*/ comments Rollup cannot place; they are harmless noise.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    // The renderer imports ../shared; let the dev server read it.
    fs: { allow: [repoRoot] },
  },
});
