// Asks which target (or objective) a channel should be linked to, then creates the link.
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import type { FixPlan } from './quickFixes';
import { useDiagnosticsActions } from './useDiagnosticsActions';

export function LinkPicker({ plan, onDone }: { plan: Extract<FixPlan, { kind: 'link' }>; onDone: () => void }) {
  const { t } = useT();
  const id = useId();
  const actions = useDiagnosticsActions();
  const report = useReport();
  const [choice, setChoice] = useState(plan.choices[0]?.id ?? '');
  const targets = plan.linkKind === 'reaches';
  if (plan.choices.length === 0) {
    return (
      <p className="diag-note" role="status">
        {t(targets ? 'diagnostics.link.noTarget' : 'diagnostics.link.noObjective')}
      </p>
    );
  }
  const submit = async () => {
    if (!choice) return;
    const result = await actions.linkAll(plan.linkKind, plan.fromCards, choice);
    if (report(result, () => t('diagnostics.linked'))) onDone();
  };
  return (
    <form
      className="diag-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="link-picker"
    >
      <label htmlFor={id} className="form__label">
        {plan.fromCards.length > 1
          ? t(targets ? 'diagnostics.link.targetAll' : 'diagnostics.link.objectiveAll', { count: plan.fromCards.length })
          : t(targets ? 'diagnostics.link.target' : 'diagnostics.link.objective')}
      </label>
      <div className="diag-inline-form__row">
        <select id={id} className="input" value={choice} onChange={(e) => setChoice(e.target.value)} autoFocus>
          {plan.choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title.trim() || t('diagnostics.untitled')}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small button--primary">
          {t('diagnostics.link.confirm')}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
