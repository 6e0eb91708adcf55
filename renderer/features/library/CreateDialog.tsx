// The "new workshop" dialog: title, organisation, date, session length and starting point; says when the default agenda
// overruns the session (the workshop then opens with the offer to fit it); shows the host's refusal inline.
import { useId, useState, type FormEvent } from 'react';
import type { Workshop } from '../../../shared/model';
import { useLibrary, useSettings } from '../../app/hooks';
import { useServices } from '../../app/ServicesContext';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import {
  DEFAULT_AGENDA_MINUTES,
  DEFAULT_SESSION_MINUTES,
  parseSessionMinutes,
  SESSION_MAX,
  SESSION_MIN,
  SESSION_QUESTION,
  SESSION_STEP,
} from '../facilitation';
import { TEMPLATE_CHOICES } from './templates';

export function CreateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (w: Workshop) => void }) {
  const { t, tx } = useT();
  const create = useLibrary((s) => s.create);
  const language = useSettings((s) => s.language);
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState('');
  const [template, setTemplate] = useState('');
  const [session, setSession] = useState(String(DEFAULT_SESSION_MINUTES));
  const { client } = useServices();
  const sessionMinutes = parseSessionMinutes(session);
  const overrun = sessionMinutes !== null ? DEFAULT_AGENDA_MINUTES - sessionMinutes : 0;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const templateId = useId();
  const chosen = TEMPLATE_CHOICES.find((c) => c.id === template);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('create.titleRequired'));
    if (session.trim() !== '' && sessionMinutes === null)
      return setError(t('fac.plan.sessionHelp', { min: SESSION_MIN, max: SESSION_MAX }));
    setBusy(true);
    const result = await create({
      title: title.trim(),
      organisation: organisation.trim(),
      date: date || null,
      template: template || null,
      language,
    });
    if (result.ok && sessionMinutes !== null) {
      // The session length is the plan's first answer; a refusal only leaves it to be typed in the agenda.
      await client.call('answer.set', {
        workshopId: result.value.id,
        step: SESSION_STEP,
        question: SESSION_QUESTION,
        value: sessionMinutes,
      });
    }
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
        <label className="form__field">
          <span className="form__label">{t('plan.session')}</span>
          <input
            className="input"
            type="number"
            inputMode="numeric"
            min={SESSION_MIN}
            max={SESSION_MAX}
            step={15}
            value={session}
            onChange={(e) => setSession(e.target.value)}
            data-testid="create-session"
          />
        </label>
        {overrun > 0 ? (
          <p className="form__help" role="status" data-testid="create-overrun">
            {t('plan.createOverrun', { agenda: DEFAULT_AGENDA_MINUTES, overrun })}
          </p>
        ) : null}
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
