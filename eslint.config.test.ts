import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules: each forbidden import is reported in the layer that made it. */
const eslint = new ESLint({ cwd: __dirname });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/api/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/api/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/api/x.ts', "import React from 'react';\nexport const a = React;\n"],
    [
      'shared/api/x.ts',
      "import { openCore } from '../../electron/core/core';\nexport const a = openCore;\n",
    ],
    ['renderer/screens/x.ts', "import path from 'path';\nexport const a = path;\n"],
    [
      'renderer/screens/x.ts',
      "import { openCore } from '../../electron/core/core';\nexport const a = openCore;\n",
    ],
    [
      'renderer/screens/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
    ],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/core/x.ts', "import { x } from '../../renderer/App';\nexport const a = x;\n"],
    ['electron/host/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/preload/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    [
      'center/x.ts',
      "import { openCore } from '../electron/core/core';\nexport const a = openCore;\n",
    ],
    ['center/x.ts', "import React from 'react';\nexport const a = React;\n"],
    [
      'electron/core/x.ts',
      "import { buildCenter } from '../../center/app';\nexport const a = buildCenter;\n",
    ],
    [
      'electron/preload/x.ts',
      "import { openCore } from '../core/core';\nexport const a = openCore;\n",
    ],
  ])('%s may not: %s', async (file, code) => {
    expect(await messagesFor(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['shared/api/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['electron/core/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['center/x.ts', "import pg from 'pg';\nexport const a = pg;\n"],
    [
      'center/x.ts',
      "import { canonicalize } from '../shared/protocol/canonicalJson';\nexport const a = canonicalize;\n",
    ],
    [
      'electron/host/x.ts',
      "import { openCore } from '../core/core';\nexport const a = openCore;\n",
    ],
    [
      'renderer/screens/x.ts',
      "import { methods } from '../../shared/api/methods';\nexport const a = methods;\n",
    ],
  ])('%s may: %s', async (file, code) => {
    expect(await messagesFor(file, code)).toHaveLength(0);
  });
});
