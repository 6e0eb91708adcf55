// Yes or no, as one checkbox whose label is the question itself.
import { useT } from '../../../i18n';
import type { ControlProps } from './types';

export function BooleanControl({ id, shape, value, onCommit, describedBy }: ControlProps) {
  const { tx } = useT();
  return (
    <label className="choice choice--boolean">
      <input id={id} type="checkbox" checked={value === true} onChange={(e) => onCommit(e.target.checked)} aria-describedby={describedBy} />
      <span className="form__label">{tx(shape.label)}</span>
    </label>
  );
}
