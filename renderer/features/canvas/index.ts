// The canvas feature's front door: what the rest of the renderer may use of it (the step canvas, the strategy map).
export type { CardPlacement, StepCanvasProps } from './canvasTypes';
export { Canvas } from './Canvas';
export { StepCanvas } from './StepCanvas';
export { StrategyMap } from './map/StrategyMap';
