// One step in the agenda: number, name, timebox against time spent, completion; in edit mode its timebox and skip.
import type { KeyboardEvent } from 'react';
import type { StepDef } from '../../../shared/catalogue';
import type { AgendaEntry } from '../../../shared/model';
import { useT } from '../../i18n';
import { AgendaEditRow } from './AgendaEditRow';
import { Icon } from '../../ui/Icon';
import { clock, MINUTE } from './time';
import { Check } from 'lucide-react';

export interface AgendaItemProps {
  step: StepDef;
  entry: AgendaEntry;
  current: boolean;
  completion: number;
  spentMs: number;
  editing: boolean;
  dragging: boolean;
  onOpen: () => void;
  onMove: (delta: -1 | 1) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: () => void;
  onTimebox: (minutes: number) => void;
  onSkip: (skipped: boolean) => void;
}

export function AgendaItem(props: AgendaItemProps) {
  const { step, entry, current, completion, spentMs, editing, dragging } = props;
  const { t, tx } = useT();
  const percent = Math.round(completion * 100);
  const state = percent >= 100 ? 'done' : percent > 0 ? 'started' : 'empty';
  const over = spentMs > entry.timeboxMinutes * MINUTE;
  const running = entry.runningSince !== null;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    props.onMove(event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      className={`agenda__entry${entry.skipped ? ' agenda__entry--skipped' : ''}${dragging ? ' agenda__entry--dragging' : ''}`}
      draggable
      data-step={step.id}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', step.id);
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop();
      }}
    >
      <button
        type="button"
        className="agenda__item"
        data-list-item
        data-testid={`agenda-step-${step.id}`}
        data-completion={percent}
        data-skipped={entry.skipped}
        aria-current={current ? 'step' : undefined}
        onClick={props.onOpen}
        onKeyDown={onKeyDown}
      >
        <span className={`agenda__number agenda__number--${state}`} aria-hidden="true">
          {state === 'done' ? <Check className="lucide-icon" size="1em" aria-hidden="true" /> : step.number}
        </span>
        <span className="agenda__text">
          <span className="agenda__name">{tx(step.title)}</span>
          <span className="agenda__meta" data-testid={`agenda-time-${step.id}`}>
            {entry.skipped ? <span className="agenda__tag">{t('fac.plan.skipped')}</span> : null}
            <span>{t('agenda.minutes', { minutes: entry.timeboxMinutes })}</span>
            {spentMs > 0 || running ? (
              <span className={over ? 'agenda__spent agenda__spent--over' : 'agenda__spent'}>
                {over ? <Icon name="warning" /> : null}
                {t(over ? 'fac.plan.spentOver' : 'fac.plan.spent', { time: clock(spentMs) })}
              </span>
            ) : null}
            {running ? <span className="agenda__running">{t('fac.plan.running')}</span> : null}
            <span className="visually-hidden">, {t('agenda.completion', { percent })}</span>
          </span>
        </span>
        <span className="agenda__meter" aria-hidden="true">
          <span className="agenda__meter-fill" style={{ height: `${percent}%` }} />
        </span>
      </button>
      {editing ? <AgendaEditRow step={step} entry={entry} onTimebox={props.onTimebox} onSkip={props.onSkip} /> : null}
    </li>
  );
}
