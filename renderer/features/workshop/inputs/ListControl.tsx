// A list of short items, typed one per line; blank lines are dropped when saved. A list whose values the catalogue
// knows (formats) is chosen among them by name, with a line to type another.
import { useState } from 'react';
import { useT } from '../../../i18n';
import { OptionsControl } from './OptionsControl';
import { asText, listFromText } from './values';
import type { ControlProps } from './types';

export function ListControl(props: ControlProps) {
  return props.shape.options?.length ? <OptionsControl {...props} open /> : <LinesControl {...props} />;
}

function LinesControl({ id, shape, value, onChange, onFocus, onBlur, describedBy, invalid }: ControlProps) {
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
