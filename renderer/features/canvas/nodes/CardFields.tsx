// A card's key fields as the room reads them: "Label value" lines, shared by real cards and example cards.
import type { KeyField } from './keyFields';

export function CardFields({ fields }: { fields: readonly KeyField[] }) {
  if (fields.length === 0) return null;
  return (
    <span className="cn__fields">
      {fields.map((f) => (
        <span key={f.key} className="cn__field" data-field={f.key}>
          <span className="cn__field-label">{f.label}</span> {f.value}
        </span>
      ))}
    </span>
  );
}
