// A participant's department, from the catalogue's list (the codes stakeholder cards use); an older free text stays choosable.
import { DEPARTMENT_OPTIONS } from '../../../../shared/catalogue';
import { useT } from '../../../i18n';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}

export function DepartmentSelect({ label, value, onChange, testId }: Props) {
  const { tx } = useT();
  const known = value === '' || DEPARTMENT_OPTIONS.some((o) => o.value === value);
  return (
    <label className="people__field">
      <span>{label}</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">—</option>
        {DEPARTMENT_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {tx(o.label)}
          </option>
        ))}
        {known ? null : <option value={value}>{value}</option>}
      </select>
    </label>
  );
}
