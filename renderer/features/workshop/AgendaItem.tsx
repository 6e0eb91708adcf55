// One step in the agenda: number, name, timebox and how complete it is.
import type { StepDef } from '../../../shared/catalogue';
import { useT } from '../../i18n';

export interface AgendaItemProps {
  step: StepDef;
  current: boolean;
  completion: number;
  minutes: number;
  onOpen: () => void;
}

export function AgendaItem({ step, current, completion, minutes, onOpen }: AgendaItemProps) {
  const { t, tx } = useT();
  const percent = Math.round(completion * 100);
  const state = percent >= 100 ? 'done' : percent > 0 ? 'started' : 'empty';
  return (
    <li>
      <button
        type="button"
        className="agenda__item"
        data-list-item
        data-testid={`agenda-step-${step.id}`}
        data-completion={percent}
        aria-current={current ? 'step' : undefined}
        onClick={onOpen}
      >
        <span className={`agenda__number agenda__number--${state}`} aria-hidden="true">
          {state === 'done' ? '✓' : step.number}
        </span>
        <span className="agenda__text">
          <span className="agenda__name">{tx(step.title)}</span>
          <span className="agenda__meta">
            {t('agenda.minutes', { minutes })}
            <span className="visually-hidden">, {t('agenda.completion', { percent })}</span>
          </span>
        </span>
        <span className="agenda__meter" aria-hidden="true">
          <span className="agenda__meter-fill" style={{ height: `${percent}%` }} />
        </span>
      </button>
    </li>
  );
}
