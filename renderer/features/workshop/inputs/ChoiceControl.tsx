// One option out of several, as a native select (keyboard and screen readers know it); empty clears.
import { useT } from '../../../i18n';
import type { ControlProps } from './types';

export function ChoiceControl({ id, shape, value, onCommit, onFocus, onBlur, describedBy, invalid }: ControlProps) {
  const { t, tx } = useT();
  const current = typeof value === 'string' ? value : '';
  return (
    <select
      id={id}
      className="input"
      value={current}
      onChange={(e) => onCommit(e.target.value === '' ? null : e.target.value)}
      onFocus={onFocus}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <option value="">{t('input.choose')}</option>
      {(shape.options ?? []).map((o) => (
        <option key={o.value} value={o.value}>
          {tx(o.label)}
        </option>
      ))}
    </select>
  );
}
