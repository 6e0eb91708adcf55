// Renames a workshop from the library; the host's refusal (e.g. an empty title) shows inline.
import { useState, type FormEvent } from 'react';
import type { WorkshopSummary } from '../../../shared/model';
import { useLibrary } from '../../app/hooks';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

export function RenameDialog({
  workshop,
  onClose,
  onRenamed,
}: {
  workshop: WorkshopSummary;
  onClose: () => void;
  onRenamed: (title: string) => void;
}) {
  const { t } = useT();
  const rename = useLibrary((s) => s.rename);
  const [title, setTitle] = useState(workshop.title);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('create.titleRequired'));
    const result = await rename(workshop.id, title.trim());
    if (result.ok) onRenamed(result.value.title);
    else setError(result.error.message);
  };

  return (
    <Dialog title={t('rename.title')} onClose={onClose} testId="rename-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="form__field">
          <span className="form__label">{t('rename.label')}</span>
          <input
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            onFocus={(e) => e.target.select()}
            maxLength={300}
            data-autofocus
          />
        </label>
        {error ? (
          <p className="form__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('rename.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
