// A calendar date (YYYY-MM-DD); empty clears it.
import type { ControlProps } from './types';

export function DateControl({ id, value, onChange, onFocus, onBlur, describedBy, invalid }: ControlProps) {
  return (
    <input
      id={id}
      className="input input--date"
      type="date"
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      onFocus={onFocus}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    />
  );
}
