// The one-click fix of a finding: creates and links cards, asks which card to link, opens the field to fill, or removes a channel.
import { useState } from 'react';
import type { QuickFix } from '../../../shared/checks';
import { useServices } from '../../app/ServicesContext';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useReport } from '../../ui/useReport';
import { LinkPicker } from './LinkPicker';
import { fixLabel, planFix, type FixPlan } from './quickFixes';
import { cardField } from './target';
import { useDiagnosticsActions } from './useDiagnosticsActions';
import { useGoTo } from './useGoTo';
import { Plus } from 'lucide-react';

export function QuickFixButton({ fix, compact }: { fix: QuickFix; compact?: boolean }) {
  const { t, language } = useT();
  const { workshop } = useServices();
  const actions = useDiagnosticsActions();
  const goTo = useGoTo();
  const report = useReport();
  const [pending, setPending] = useState<FixPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const data = workshop.getState().data;
  if (!data) return null;
  const label = fixLabel(fix, data, language);

  const start = async () => {
    const current = workshop.getState().data;
    const plan = current ? planFix(fix, current, language) : null;
    if (!plan) return;
    if (plan.kind === 'edit') return goTo({ step: plan.step, cardId: plan.cardId, focus: cardField(plan.field) });
    if (plan.kind !== 'create') return setPending(plan);
    setBusy(true);
    const result = await actions.create(plan);
    setBusy(false);
    const first = result.ok ? result.value[0] : undefined;
    if (report(result, () => t('diagnostics.fixDone')) && first) {
      goTo({ step: first.step, cardId: first.id, focus: cardField('title') });
    }
  };

  const remove = async (cardId: string) => {
    setPending(null);
    report(await actions.remove(cardId), () => t('diagnostics.removed'));
  };

  return (
    <>
      <button
        type="button"
        className={`button button--small diag-fix ${compact ? '' : 'button--primary'}`}
        onClick={() => void start()}
        disabled={busy}
        aria-expanded={pending?.kind === 'link' ? true : undefined}
        data-testid="quick-fix"
      >
        <Plus className="lucide-icon" size="1em" aria-hidden="true" /> {t(label.key, label.vars)}
      </button>
      {pending?.kind === 'link' ? <LinkPicker plan={pending} onDone={() => setPending(null)} /> : null}
      {pending?.kind === 'remove' ? (
        <ConfirmDialog
          title={t('diagnostics.remove.title')}
          body={t('diagnostics.remove.body', { name: pending.card.title.trim() || t('diagnostics.untitled') })}
          confirmLabel={t('diagnostics.remove.confirm')}
          onConfirm={() => void remove(pending.card.id)}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
