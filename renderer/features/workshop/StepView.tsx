// The centre of the workshop: the step's main question in large type, then its canvas of cards or the strategy map.
import { useCallback, useEffect, useMemo } from 'react';
import { STEPS, type StepDef } from '../../../shared/catalogue';
import type { Card, CardKindName } from '../../../shared/model';
import { useNav, useView, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import { useServices } from '../../app/ServicesContext';
import { StepCanvas, StrategyMap, type CardPlacement } from '../canvas';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { openAudienceWindow } from './audienceWindow';

const COLUMNS = 4;

export interface StepViewProps {
  step: StepDef;
  /** Narrow screens: whether the folded side panel is open, and its button. */
  panelOpen?: boolean;
  onTogglePanel?: () => void;
}

export function StepView({ step, panelOpen = false, onTogglePanel }: StepViewProps) {
  const { t, tx } = useT();
  const allCards = useWorkshop((s) => s.data?.cards);
  const createCard = useWorkshop((s) => s.createCard);
  const selectedCardId = useView((s) => s.selectedCardId);
  const select = useView((s) => s.select);
  const setStep = useNav((s) => s.setStep);
  const report = useReport();
  const map = useView((s) => s.map);
  const setMap = useView((s) => s.setMap);
  // Another step shows its own board: the chain is left when the step changes.
  useEffect(() => () => setMap(false), [setMap, step.id]);
  const workshopId = useWorkshop((s) => s.workshopId ?? '');
  const push = useServices().notices.getState().push;
  /** A second window for the projector, on this workshop's audience route; it follows this one through the host. */
  const openAudience = (id: string) => {
    if (openAudienceWindow(id) === 'blocked') push('error', t('audience.blocked'));
  };
  const cards = useMemo(() => (allCards ?? []).filter((c) => c.step === step.id), [allCards, step.id]);
  const index = STEPS.findIndex((s) => s.id === step.id);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  const create = async (kind: CardKindName, placement?: CardPlacement) => {
    // Without a placement (simple board), a grid so new cards do not stack on one another.
    const n = cards.length;
    const at = placement ?? { x: (n % COLUMNS) * 260, y: Math.floor(n / COLUMNS) * 160 };
    const result = await createCard({ step: step.id, kind, ...at });
    // Made on the canvas: typed on the card itself, as the room watches; the side form follows.
    if (report(result)) select(result.value.id, placement ? { typeOnCard: true } : { focusTitle: true });
  };
  const onSelect = useCallback((id: string | null) => select(id), [select]);
  const openCard = useCallback(
    (card: Card) => {
      setMap(false);
      if (card.step !== step.id) setStep(card.step);
      select(card.id);
    },
    [select, setMap, setStep, step.id],
  );
  const go = (id: StepDef['id']) => {
    select(null);
    setStep(id);
  };

  return (
    <div className="step step--canvas">
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
            <ArrowLeft className="lucide-icon" size="1em" aria-hidden="true" /> {t('step.previous')}
          </button>
          <button type="button" className="button button--small" disabled={!next} onClick={() => next && go(next.id)}>
            {t('step.next')} <ArrowRight className="lucide-icon" size="1em" aria-hidden="true" />
          </button>
          <button
            type="button"
            className="button button--small step__map"
            aria-pressed={map}
            data-testid="map-toggle"
            onClick={() => setMap((m) => !m)}
          >
            {t('canvas.map.toggle')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid="open-audience"
            title={t('audience.openHint')}
            onClick={() => openAudience(workshopId)}
          >
            {t('audience.open')}
          </button>
          {onTogglePanel ? (
            <button
              type="button"
              className="button button--small step__panel-toggle"
              aria-pressed={panelOpen}
              data-testid="panel-toggle"
              onClick={onTogglePanel}
            >
              {t('panel.label')}
            </button>
          ) : null}
        </div>
      </header>
      {map ? (
        <StrategyMap onOpen={openCard} />
      ) : (
        <StepCanvas
          step={step}
          kinds={step.cardKinds}
          cards={cards}
          selectedCardId={selectedCardId}
          onSelect={onSelect}
          onCreate={(kind, placement) => void create(kind, placement)}
        />
      )}
    </div>
  );
}
