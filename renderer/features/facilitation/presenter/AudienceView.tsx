// The room's screen: the current step's board edge to edge, its question on one line, the timer, and beside the board
// only what the caller adds (the vote ranking, room mode's QR panel). No score, no editing chrome.
import { useMemo, type ReactNode } from 'react';
import type { StepDef } from '../../../../shared/catalogue';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { StepCanvas, StrategyMap } from '../../canvas';
import { StepTimer } from '../StepTimer';
import { useOneLine } from './useOneLine';
import './audience.css';

export interface AudienceViewProps {
  step: StepDef;
  /** The step's place in the kept agenda; 0 when it was skipped. */
  position: number;
  total: number;
  /** The card under discussion, drawn forward while the others step back. */
  spotlight: string | null;
  /** Beside the board, when there is something to show: the vote ranking, a QR panel. */
  aside?: ReactNode;
  /** A message to the room (a vote cast, the timer paused), in the line under the board; nothing when empty. */
  status?: ReactNode;
  /** Under the board, when there is something to show (the keys while voting or on demand). */
  footer?: ReactNode;
  /** The strategy chain instead of the step's board, when the facilitator shows it. */
  map?: boolean;
}

const noop = () => undefined;

export function AudienceView({ step, position, total, spotlight, aside, status, footer, map = false }: AudienceViewProps) {
  const { t, tx } = useT();
  const allCards = useWorkshop((s) => s.data?.cards);
  const cards = useMemo(() => (allCards ?? []).filter((c) => c.step === step.id), [allCards, step.id]);
  const question = map ? t('chain.title') : tx(step.question);
  const heading = useOneLine<HTMLHeadingElement>(question, 56, 22);
  return (
    <div className={`audience${aside ? ' audience--aside' : ''}`} data-testid="audience" data-step={step.id} data-map={map}>
      <header className="audience__top">
        <div className="audience__titles">
          <p className="audience__eyebrow" data-testid="presenter-step">
            <span>{position > 0 ? t('fac.present.position', { number: position, total }) : t('fac.plan.skipped')}</span>
            <span aria-hidden="true"> · </span>
            <span>{tx(step.title)}</span>
          </p>
          <h1 id="presenter-question" ref={heading} className="audience__question" data-testid="presenter-question" title={question}>
            {question}
          </h1>
        </div>
        <StepTimer step={step.id} variant="presenter" />
      </header>
      <div className="audience__body">
        <div className="audience__board" data-testid="presenter-canvas">
          {map ? (
            <StrategyMap audience />
          ) : (
            <StepCanvas
              key={step.id}
              step={step}
              kinds={step.cardKinds}
              cards={cards}
              selectedCardId={spotlight}
              onSelect={noop}
              onCreate={noop}
              audience
            />
          )}
        </div>
        {aside ? <div className="audience__aside">{aside}</div> : null}
      </div>
      {footer || status ? (
        <footer className="audience__foot">
          {status}
          {footer}
        </footer>
      ) : null}
    </div>
  );
}
