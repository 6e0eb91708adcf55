// The right panel: the selected card first when there is one, then why the step matters and its questions.
import type { StepDef } from '../../../shared/catalogue';
import { useView, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { StepDiagnostics } from '../diagnostics';
import { CardForm } from './CardForm';
import { QuestionForm } from './QuestionForm';
import { WhySection } from './WhySection';

export function SidePanel({ step }: { step: StepDef }) {
  const { t } = useT();
  const selectedCardId = useView((s) => s.selectedCardId);
  const revision = useWorkshop((s) => s.revision);
  const card = useWorkshop((s) => s.data?.cards.find((c) => c.id === selectedCardId && c.step === step.id) ?? null);
  return (
    <aside className="panel" aria-label={t('panel.label')}>
      {card ? <CardForm key={`${card.id}@${revision}`} card={card} /> : null}
      <StepDiagnostics step={step.id} />
      <WhySection step={step} />
      <QuestionForm step={step} />
    </aside>
  );
}
