import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these cases prove each zone really refuses what it must.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportsIn(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').length ?? 0;
}

describe('layer boundaries', () => {
  it.each([
    ['src/main/core/library/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/main/ipc/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
    ['src/shared/model/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/shared/model/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n"],
    ['src/shared/model/x.ts', "import { openLibrary } from '../../main/core/library/openLibrary';\nexport const a = openLibrary;\n"],
    ['src/renderer/src/x.ts', "import { createHandlers } from '../../main/ipc/createHandlers';\nexport const a = createHandlers;\n"],
    ['src/renderer/src/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n"],
    ['src/renderer/src/x.ts', "import { channelNames } from '../../preload/index';\nexport const a = channelNames;\n"],
    ['src/preload/x.ts', "import { contract } from '../shared/ipc/contract';\nexport const a = contract;\n"],
  ])('%s may not import this', async (filePath, code) => {
    expect(await restrictedImportsIn(filePath, code)).toBe(1);
  });

  it.each([
    ['src/main/core/library/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['src/renderer/src/x.ts', "import type { Api } from '../../shared/ipc/contract';\nexport type A = Api;\n"],
    ['src/preload/x.ts', "import { channelNames } from '../shared/ipc/channels';\nexport const a = channelNames;\n"],
    ['src/preload/x.ts', "import type { Api } from '../shared/ipc/contract';\nexport type A = Api;\n"],
  ])('%s may import this', async (filePath, code) => {
    expect(await restrictedImportsIn(filePath, code)).toBe(0);
  });
});
