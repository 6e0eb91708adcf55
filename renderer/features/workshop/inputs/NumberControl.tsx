// A number with its unit; refuses non-numbers and out-of-range values before they reach the host.
import { useState } from 'react';
import { useT } from '../../../i18n';
import { asNumberText, parseNumber } from './values';
import type { ControlProps } from './types';

export function NumberControl({ id, shape, value, onChange, onFocus, onBlur, onInvalid, describedBy, invalid }: ControlProps) {
  const { t, tx } = useT();
  const [text, setText] = useState(() => asNumberText(value));
  const update = (next: string) => {
    setText(next);
    const parsed = parseNumber(next, shape.min, shape.max);
    if (parsed.ok) onChange(parsed.value);
    else onInvalid(t(parsed.message, parsed.vars));
  };
  return (
    <span className="number">
      <input
        id={id}
        className="input input--number"
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(e) => update(e.target.value)}
        onFocus={onFocus}
        onBlur={onBlur}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      />
      {shape.unit ? <span className="number__unit">{tx(shape.unit)}</span> : null}
    </span>
  );
}
