// The features' front doors really fail the lint: another feature's insides are an error, its index and one's own files are not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2 && m.ruleId === 'socle/feature-boundaries').map((m) => m.message);
}

const use = (line: string) => `${line}\nvoid x;\n`;

describe('feature boundaries', () => {
  it("refuses another feature's insides, naming its index", async () => {
    const found = await errors('renderer/features/workshop/x.ts', use("import { Canvas as x } from '../canvas/Canvas';"));
    expect(found).toEqual(["'../canvas/Canvas' reaches into the canvas feature: import it from '../canvas' (its index.ts) instead."]);
    expect(await errors('renderer/features/canvas/votes/x.ts', use("import { ranking as x } from '../../votes/results';"))).toHaveLength(1);
    expect(
      await errors('renderer/features/search/x.ts', use("import { Agenda as x } from '../facilitation/presenter/Agenda';")),
    ).toHaveLength(1);
  });

  it('refuses the insides from outside the features too (the app, the shared UI), and in every form of import', async () => {
    expect(
      await errors('renderer/app/x.tsx', use("import { WorkshopScreen as x } from '../features/workshop/WorkshopScreen';")),
    ).toHaveLength(1);
    expect(await errors('renderer/ui/x.tsx', use("import { BackupsButton as x } from '../features/backups/BackupsButton';"))).toHaveLength(
      1,
    );
    expect(
      await errors('renderer/features/workshop/x.ts', use("import type { CardPlacement as x } from '../canvas/canvasTypes';")),
    ).toHaveLength(1);
    expect(await errors('renderer/features/workshop/x.ts', "export { Canvas } from '../canvas/Canvas';\n")).toHaveLength(1);
    expect(await errors('renderer/features/workshop/x.ts', "export * from '../canvas/Canvas';\n")).toHaveLength(1);
    expect(await errors('renderer/features/workshop/x.ts', "export const x = () => import('../canvas/Canvas');\n")).toHaveLength(1);
  });

  it("accepts another feature's index, however it is spelled", async () => {
    expect(await errors('renderer/features/workshop/x.ts', use("import { StepCanvas as x } from '../canvas';"))).toEqual([]);
    expect(await errors('renderer/features/workshop/x.ts', use("import { StepCanvas as x } from '../canvas/index';"))).toEqual([]);
    expect(await errors('renderer/app/x.tsx', use("import { WorkshopScreen as x } from '../features/workshop';"))).toEqual([]);
    // canvas/votes/ is a folder of the canvas; ../../votes is the votes feature's front door.
    expect(await errors('renderer/features/canvas/votes/x.ts', use("import { ranking as x } from '../../votes';"))).toEqual([]);
  });

  it("accepts a feature's own files by relative path, and what is not a feature", async () => {
    expect(await errors('renderer/features/canvas/x.ts', use("import { Canvas as x } from './Canvas';"))).toEqual([]);
    expect(
      await errors('renderer/features/canvas/votes/x.ts', use("import { useCanvasKeys as x } from '../state/useCanvasKeys';")),
    ).toEqual([]);
    expect(await errors('renderer/features/canvas/votes/x.ts', use("import { Icon as x } from '../../../ui/Icon';"))).toEqual([]);
    expect(await errors('renderer/features/canvas/x.ts', use("import { useT as x } from '../../i18n';"))).toEqual([]);
    expect(await errors('renderer/features/canvas/x.ts', use("import { Handle as x } from '@xyflow/react';"))).toEqual([]);
  });
});
