// Several options at once, as checkboxes; the stored value keeps the catalogue's order.
import { useT } from '../../../i18n';
import { asList } from './values';
import type { ControlProps } from './types';

export function MultiControl({ id, shape, value, onCommit }: ControlProps) {
  const { tx } = useT();
  const chosen = new Set(asList(value));
  const options = shape.options ?? [];
  const toggle = (option: string) => {
    const next = new Set(chosen);
    if (next.has(option)) next.delete(option);
    else next.add(option);
    onCommit(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <div className="choices">
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input id={`${id}-${o.value}`} type="checkbox" checked={chosen.has(o.value)} onChange={() => toggle(o.value)} />
          <span>{tx(o.label)}</span>
        </label>
      ))}
    </div>
  );
}
