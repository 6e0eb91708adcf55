// The layer rules of DESIGN 4 really fail the lint: a wrong-layer import is an error, a right one is not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2 && m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it("refuses 'electron' outside electron/main and electron/preload", async () => {
    expect(await errors('electron/host/x.ts', "import { app } from 'electron';\nvoid app;\n")).not.toHaveLength(0);
    expect(await errors('renderer/x.ts', "import { app } from 'electron';\nvoid app;\n")).not.toHaveLength(0);
    expect(await errors('shared/x.ts', "import { app } from 'electron';\nvoid app;\n")).not.toHaveLength(0);
    expect(await errors('electron/main/x.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(0);
  });

  it('refuses Node modules in shared/ and renderer/', async () => {
    expect(await errors('shared/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n")).not.toHaveLength(0);
    expect(await errors('renderer/x.ts', "import { join } from 'path';\nvoid join;\n")).not.toHaveLength(0);
    expect(await errors('renderer/x.ts', "import Database from 'better-sqlite3';\nvoid Database;\n")).not.toHaveLength(0);
    expect(await errors('electron/host/x.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n")).toHaveLength(0);
  });

  it('refuses the renderer or shared reaching into the host, and the host into the renderer or main', async () => {
    expect(await errors('renderer/features/x.ts', "import { startHost } from '../../electron/host';\nvoid startHost;\n")).not.toHaveLength(
      0,
    );
    expect(
      await errors('shared/model/x.ts', "import { openLibrary } from '../../electron/host/db/open';\nvoid openLibrary;\n"),
    ).not.toHaveLength(0);
    expect(await errors('electron/host/x.ts', "import { App } from '../../renderer/app/App';\nvoid App;\n")).not.toHaveLength(0);
    expect(await errors('electron/host/x.ts', "import { bind } from '../main/ipc';\nvoid bind;\n")).not.toHaveLength(0);
    expect(await errors('renderer/x.ts', "import { contract } from '../shared/api';\nvoid contract;\n")).toHaveLength(0);
  });
});
