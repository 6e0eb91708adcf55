// A list of short items, typed one per line; blank lines are dropped when saved.
import { useState } from 'react';
import { useT } from '../../../i18n';
import { asText, listFromText } from './values';
import type { ControlProps } from './types';

export function ListControl({ id, shape, value, onChange, onFocus, onBlur, describedBy, invalid }: ControlProps) {
  const { tx } = useT();
  const [text, setText] = useState(() => asText(value));
  return (
    <textarea
      id={id}
      className="input"
      rows={3}
      value={text}
      placeholder={shape.placeholder ? tx(shape.placeholder) : undefined}
      onChange={(e) => {
        setText(e.target.value);
        onChange(listFromText(e.target.value));
      }}
      onFocus={onFocus}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    />
  );
}
