// The layout of a step's canvas, from the catalogue's `layout` of the step.
import type { StepDef } from '../../../../shared/catalogue';
import { convinceLayout, flowLayout, listLayout } from './columns';
import { gridLayout } from './grid';
import { matrixLayout } from './matrix';
import { quadrantsLayout } from './quadrants';
import { rankedLayout } from './ranked';
import { timelineLayout } from './timeline';
import { treeLayout } from './tree';
import type { LayoutContext, LayoutModel } from './types';
import { freeModel } from './zoneModel';

export function layoutFor(step: Pick<StepDef, 'layout' | 'cardKinds'>, ctx: LayoutContext): LayoutModel {
  switch (step.layout) {
    case 'quadrants':
      return quadrantsLayout(ctx);
    case 'grid':
      return gridLayout(ctx);
    case 'ranked':
      return step.cardKinds[0] === 'persona'
        ? rankedLayout({ kind: 'persona', key: 'rank' }, ctx)
        : rankedLayout({ kind: 'objective', key: 'priority', rows: 5 }, ctx);
    case 'columns':
      return convinceLayout(ctx);
    case 'list':
      return listLayout(ctx);
    case 'flow':
      return flowLayout(ctx);
    case 'timeline':
      return timelineLayout(ctx);
    case 'tree':
      return treeLayout(ctx);
    case 'matrix':
      return matrixLayout(ctx);
    default:
      return freeModel(step.layout);
  }
}

export type { LayoutContext, LayoutModel, Zone, ZoneLabel, ExtraNode, DropEffect } from './types';
