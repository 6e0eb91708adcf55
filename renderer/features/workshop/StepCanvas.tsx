// The centre of a step: for now the simple card board; the visual React Flow canvas replaces it later.
import { CardBoard } from './CardBoard';
import type { StepCanvasProps } from './canvasTypes';

export type { StepCanvasProps };

export function StepCanvas(props: StepCanvasProps) {
  return <CardBoard {...props} />;
}
