// Accepting a finding as a known risk: a reason is required; the finding stays listed, marked, and stops costing points.
import { useId, useState } from 'react';
import { cardKey, type Finding } from '../../../shared/checks';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { useDiagnosticsActions } from './useDiagnosticsActions';

const MAX_REASON = 300;

export function AcceptForm({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const { t } = useT();
  const id = useId();
  const actions = useDiagnosticsActions();
  const report = useReport();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const text = reason.trim();
    if (!text) return setError(t('diagnostics.reasonRequired'));
    setBusy(true);
    const result = await actions.accept(finding.ruleId, cardKey(finding.cardIds), text);
    setBusy(false);
    if (report(result, () => t('diagnostics.accepted'))) onDone();
  };

  return (
    <form
      className="diag-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        // Esc closes this small form, not the whole drawer.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onDone();
        }
      }}
      data-testid="accept-form"
    >
      <label htmlFor={id} className="form__label">
        {t('diagnostics.acceptReason')}
      </label>
      <p id={`${id}-help`} className="form__help">
        {t('diagnostics.acceptHelp')}
      </p>
      <div className="diag-inline-form__row">
        <input
          id={id}
          className="input"
          value={reason}
          maxLength={MAX_REASON}
          onChange={(e) => {
            setReason(e.target.value);
            setError(null);
          }}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          autoFocus
        />
        <button type="submit" className="button button--small button--primary" disabled={busy}>
          {t('diagnostics.acceptConfirm')}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="form__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
