// An empty step's example cards as nodes of its canvas, in the zones they belong in: never cards of the workshop
// (not stored, not selectable, not in the image export, not counted by the checks or the legibility tests).
import { EXAMPLES } from '../../../../shared/catalogue';
import type { Card, StepId } from '../../../../shared/model';
import type { LayoutModel } from '../layout';
import { placeExamples } from '../layout/placeExample';
import { cardSays } from './redundant';
import type { ExampleNode } from './types';

export function exampleNodes(model: LayoutModel, step: StepId, stepKinds: readonly string[]): ExampleNode[] {
  const defs = EXAMPLES[step] ?? [];
  const probes: Card[] = defs.map((def, i) => ({
    id: `example:${i}`,
    workshopId: '',
    step,
    kind: def.kind,
    title: '',
    body: '',
    fields: def.fields ?? {},
    x: 0,
    y: 0,
    width: 0,
    height: 0,
    colour: null,
    createdAt: 0,
    updatedAt: 0,
  }));
  return placeExamples(model, probes).map((rect, i) => {
    // Like a real card, it leaves to its step and zone what they say: its kind, "Quadrant: Strength" in Strengths.
    const says = cardSays({ ...probes[i]!, ...rect }, model, stepKinds);
    return {
      id: probes[i]!.id,
      type: 'example',
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      data: { step, index: i, showKind: says.kind, hide: says.hide },
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      deletable: false,
      zIndex: -1,
      className: 'cx-wrap',
    };
  });
}
