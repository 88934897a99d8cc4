import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The shell's decisions must be testable without Electron, which cannot run here: only
 * index.ts and protocol.ts may load 'electron' at run time; every other module of
 * electron/main may import it for types only. esbuild drops type-only imports exactly as the
 * real build does, so its list of what a bundle still imports is the truth.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const THIN_SHELL = new Set(['index.ts', 'protocol.ts']);

const decisionModules = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !THIN_SHELL.has(f));

async function importedPackages(entry: string, external: string[]): Promise<Set<string>> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
  return new Set(imports.filter((i) => i.external).map((i) => i.path));
}

describe('electron/main modules', () => {
  it('has decision modules to check', () => {
    expect(decisionModules).toEqual(
      expect.arrayContaining([
        'appOrigin.ts',
        'appUrl.ts',
        'appHandler.ts',
        'navigation.ts',
        'guards.ts',
        'ipc.ts',
      ]),
    );
  });

  it.each(decisionModules)('%s loads nothing from electron at run time', async (file) => {
    const packages = await importedPackages(path.join('electron/main', file), ['electron']);
    expect([...packages].filter((p) => p === 'electron' || p.startsWith('electron/'))).toEqual([]);
  });

  it('the main bundle never hands a URL to the system browser (no shell.openExternal)', async () => {
    // Built as scripts/build.mjs builds it; comments are not part of the output.
    const result = await build({
      entryPoints: ['electron/main/index.ts'],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      external: ['electron', 'better-sqlite3'],
    });
    const code = result.outputFiles.map((f) => f.text).join('\n');
    expect(code).toContain('setWindowOpenHandler');
    expect(code).not.toContain('openExternal');
  });
});
