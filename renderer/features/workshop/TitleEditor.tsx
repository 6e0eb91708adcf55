// The workshop's title, editable in place: saved on Enter or when leaving the field, Esc puts it back.
import { useState, type KeyboardEvent } from 'react';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';

export function TitleEditor({ title }: { title: string }) {
  const { t } = useT();
  const updateWorkshop = useWorkshop((s) => s.updateWorkshop);
  const [text, setText] = useState(title);
  const [error, setError] = useState<string | null>(null);

  const commit = async () => {
    const next = text.trim();
    if (next === title) return setError(null);
    if (!next) {
      setText(title);
      return setError(t('create.titleRequired'));
    }
    const result = await updateWorkshop({ title: next });
    setError(result.ok ? null : result.error.message);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      setText(title);
      setError(null);
      event.currentTarget.blur();
    }
  };
  return (
    <div className="title-editor">
      <input
        className="title-editor__input"
        value={text}
        aria-label={t('workshop.titleLabel')}
        maxLength={300}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKey}
        aria-invalid={!!error || undefined}
        data-testid="workshop-title"
      />
      {error ? (
        <p className="title-editor__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
