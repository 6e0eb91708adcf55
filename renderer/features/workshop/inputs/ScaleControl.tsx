// A score on a short scale (1 to 5 by default), as radio buttons: arrows move, one click is one undo step.
import type { ControlProps } from './types';
import { NumberControl } from './NumberControl';
import { scaleSteps } from './values';

export function ScaleControl(props: ControlProps) {
  const { id, shape, value, onCommit } = props;
  const steps = scaleSteps(shape.min ?? 1, shape.max ?? 5);
  if (!steps) return <NumberControl {...props} />;
  return (
    <div className="scale">
      {steps.map((n) => (
        <label key={n} className="scale__item">
          <input type="radio" name={id} id={`${id}-${n}`} value={n} checked={value === n} onChange={() => onCommit(n)} />
          <span>{n}</span>
        </label>
      ))}
    </div>
  );
}
