// The diagnostics feature's front door: the score button, a step's findings, and the jump to where a finding points.
export { ScoreButton } from './ScoreButton';
export { StepDiagnostics } from './StepDiagnostics';
export { useGoTo } from './useGoTo';
