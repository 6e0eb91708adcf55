// The centre of the workshop: the step's main question in large type, then its canvas of cards.
import { useMemo } from 'react';
import { STEPS, type StepDef } from '../../../shared/catalogue';
import type { CardKindName } from '../../../shared/model';
import { useNav, useView, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { StepCanvas } from './StepCanvas';

const COLUMNS = 4;

export function StepView({ step }: { step: StepDef }) {
  const { t, tx } = useT();
  const allCards = useWorkshop((s) => s.data?.cards);
  const createCard = useWorkshop((s) => s.createCard);
  const selectedCardId = useView((s) => s.selectedCardId);
  const select = useView((s) => s.select);
  const setStep = useNav((s) => s.setStep);
  const report = useReport();
  const cards = useMemo(() => (allCards ?? []).filter((c) => c.step === step.id), [allCards, step.id]);
  const index = STEPS.findIndex((s) => s.id === step.id);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  const create = async (kind: CardKindName) => {
    // Placed on a grid so the later visual canvas does not stack new cards on one another.
    const n = cards.length;
    const result = await createCard({ step: step.id, kind, x: (n % COLUMNS) * 260, y: Math.floor(n / COLUMNS) * 160 });
    if (report(result)) select(result.value.id, { focusTitle: true });
  };
  const go = (id: StepDef['id']) => {
    select(null);
    setStep(id);
  };

  return (
    <div className="step">
      <header className="step__head">
        <p className="step__eyebrow">
          <span>{t('step.position', { number: step.number, total: STEPS.length })}</span>
          <span aria-hidden="true"> · </span>
          <span>{tx(step.title)}</span>
        </p>
        <h1 className="step__question" data-testid="step-question">
          {tx(step.question)}
        </h1>
        <div className="step__nav">
          <button type="button" className="button button--small" disabled={!previous} onClick={() => previous && go(previous.id)}>
            <span aria-hidden="true">←</span> {t('step.previous')}
          </button>
          <button type="button" className="button button--small" disabled={!next} onClick={() => next && go(next.id)}>
            {t('step.next')} <span aria-hidden="true">→</span>
          </button>
        </div>
      </header>
      <StepCanvas
        step={step}
        kinds={step.cardKinds}
        cards={cards}
        selectedCardId={selectedCardId}
        onSelect={(id) => select(id === selectedCardId ? null : id)}
        onCreate={(kind) => void create(kind)}
      />
    </div>
  );
}
