// Short text (one line) and long text (a growing text area). A short text whose usual values the catalogue knows
// (a cadence's format) shows a known value by its name, offers the names, and stores a typed name as its id.
import { useState } from 'react';
import { useT } from '../../../i18n';
import { labelOf, storedValue } from './options';
import { asText } from './values';
import type { ControlProps } from './types';

export function TextControl(props: ControlProps) {
  return props.shape.type === 'text' && props.shape.options?.length ? <NamedTextControl {...props} /> : <PlainText {...props} />;
}

function PlainText({ id, shape, value, onChange, onFocus, onBlur, describedBy, invalid }: ControlProps) {
  const { tx } = useT();
  const common = {
    id,
    className: 'input',
    value: asText(value),
    placeholder: shape.placeholder ? tx(shape.placeholder) : undefined,
    onFocus,
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
  };
  if (shape.type === 'longtext') {
    return <textarea {...common} rows={4} maxLength={20000} onChange={(e) => onChange(e.target.value)} />;
  }
  return <input {...common} type="text" maxLength={2000} onChange={(e) => onChange(e.target.value)} />;
}

function NamedTextControl({ id, shape, value, onChange, onFocus, onBlur, describedBy, invalid }: ControlProps) {
  const { tx, language } = useT();
  const options = shape.options ?? [];
  // What the person typed stays on screen as typed; what is stored is the id of the option it names.
  const [text, setText] = useState(() => labelOf(options, asText(value), language));
  return (
    <>
      <input
        id={id}
        className="input"
        type="text"
        maxLength={2000}
        list={`${id}-names`}
        value={text}
        placeholder={shape.placeholder ? tx(shape.placeholder) : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(storedValue(options, e.target.value));
        }}
        onFocus={onFocus}
        onBlur={onBlur}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      />
      <datalist id={`${id}-names`}>
        {options.map((o) => (
          <option key={o.value} value={tx(o.label)} />
        ))}
      </datalist>
    </>
  );
}
