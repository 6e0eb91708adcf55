// The "new workshop" dialog: title, organisation, date and starting point; shows the host's refusal inline.
import { useId, useState, type FormEvent } from 'react';
import type { Workshop } from '../../../shared/model';
import { useLibrary, useSettings } from '../../app/hooks';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { TEMPLATE_CHOICES } from './templates';

export function CreateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (w: Workshop) => void }) {
  const { t, tx } = useT();
  const create = useLibrary((s) => s.create);
  const language = useSettings((s) => s.language);
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState('');
  const [template, setTemplate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const templateId = useId();
  const chosen = TEMPLATE_CHOICES.find((c) => c.id === template);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('create.titleRequired'));
    setBusy(true);
    const result = await create({
      title: title.trim(),
      organisation: organisation.trim(),
      date: date || null,
      template: template || null,
      language,
    });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(t('create.failed', { message: result.error.message }));
  };

  return (
    <Dialog title={t('create.title')} onClose={onClose} testId="create-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="form__field">
          <span className="form__label">{t('create.name')}</span>
          <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required data-autofocus />
        </label>
        <label className="form__field">
          <span className="form__label">{t('create.organisation')}</span>
          <input className="input" value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={300} />
        </label>
        <label className="form__field">
          <span className="form__label">{t('create.date')}</span>
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <div className="form__field">
          <label className="form__label" htmlFor={templateId}>
            {t('create.template')}
          </label>
          <select
            id={templateId}
            className="input"
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            aria-describedby={chosen?.description ? `${templateId}-help` : undefined}
          >
            <option value="">{t('template.blank')}</option>
            {TEMPLATE_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {tx(c.label)}
              </option>
            ))}
          </select>
          {chosen?.description ? (
            <p id={`${templateId}-help`} className="form__help">
              {tx(chosen.description)}
            </p>
          ) : null}
        </div>
        {error ? (
          <p className="form__error" role="alert" data-testid="create-error">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('create.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
