// Short text (one line) and long text (a growing text area).
import { useT } from '../../../i18n';
import { asText } from './values';
import type { ControlProps } from './types';

export function TextControl({ id, shape, value, onChange, onFocus, onBlur, describedBy, invalid }: ControlProps) {
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
