// The centre of a step: the visual React Flow canvas (the simple CardBoard stays for places that want a plain list).
import { Canvas } from './Canvas';
import type { StepCanvasProps } from './canvasTypes';

export type { StepCanvasProps };

export function StepCanvas(props: StepCanvasProps) {
  return <Canvas {...props} />;
}
