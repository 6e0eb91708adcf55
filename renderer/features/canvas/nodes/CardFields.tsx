// A card's key fields as the room reads them: "Label value" lines, shared by real cards and example cards.
import type { KeyField } from './keyFields';

export function CardFields({ fields }: { fields: readonly KeyField[] }) {
  if (fields.length === 0) return null;
  return (
    <span className="cn__fields">
      {/* An empty first line: a column always takes its first item, so the first real line now wraps out of sight too
          when the card has no room for it, instead of showing cut in half (card-look.css). */}
      <span className="cn__fields-start" aria-hidden="true" />
      {fields.map((f) => (
        <span key={f.key} className="cn__field" data-field={f.key}>
          <span className="cn__field-label">{f.label}</span> {f.value}
        </span>
      ))}
    </span>
  );
}
