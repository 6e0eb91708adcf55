// The left agenda: the steps in the workshop's order with timeboxes, time spent and skips; drag or Alt+arrows reorder.
import { useEffect, useMemo, useRef, useState } from 'react';
import { STEPS, stepById, stepCompletion } from '../../../shared/catalogue';
import type { StepId } from '../../../shared/model';
import { useNav, useView, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { onListKeyDown } from '../../ui/listKeys';
import { useReport } from '../../ui/useReport';
import { dropOn, moveBy, stepOrder } from './agendaOrder';
import { AgendaTotals } from './AgendaTotals';
import { useAgendaTime, useFacilitation } from './hooks';
import { spentAt } from './time';
import { AgendaItem } from './AgendaItem';

export function Agenda({ current }: { current: StepId }) {
  const { t, tx } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const cards = useWorkshop((s) => s.data?.cards);
  const answers = useWorkshop((s) => s.data?.answers);
  const { agenda, receivedAt, now } = useAgendaTime();
  const setStep = useNav((s) => s.setStep);
  const select = useView((s) => s.select);
  const [editing, setEditing] = useState(false);
  const [dragged, setDragged] = useState<StepId | null>(null);
  const [announce, setAnnounce] = useState('');
  const refocus = useRef<StepId | null>(null);
  const completions = useMemo(
    () => new Map(STEPS.map((step) => [step.id, stepCompletion(step, answers ?? [], cards ?? [])])),
    [cards, answers],
  );

  // A reordered item is moved in the DOM and loses the focus: give it back so Alt+arrows can go on.
  useEffect(() => {
    const step = refocus.current;
    refocus.current = null;
    if (step) document.querySelector<HTMLElement>(`[data-testid="agenda-step-${step}"]`)?.focus();
  }, [agenda]);

  const reorder = async (order: StepId[] | null, step: StepId) => {
    if (!order) return;
    refocus.current = step;
    const result = await actions.reorder(order);
    const def = stepById(step);
    if (report(result) && def) setAnnounce(t('fac.plan.moved', { step: tx(def.title), position: order.indexOf(step) + 1 }));
  };

  return (
    <nav className="agenda agenda--plan" aria-labelledby="agenda-title">
      <div className="agenda__head">
        <h2 id="agenda-title" className="agenda__title">
          {t('agenda.title')}
        </h2>
        <button
          type="button"
          className="button button--small"
          aria-pressed={editing}
          onClick={() => setEditing(!editing)}
          data-testid="agenda-edit"
        >
          {editing ? t('fac.plan.done') : t('fac.plan.edit')}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <ol className="agenda__list" onKeyDown={onListKeyDown} aria-describedby="agenda-reorder-hint">
        {agenda.map((entry) => {
          const step = stepById(entry.step);
          if (!step) return null;
          return (
            <AgendaItem
              key={step.id}
              step={step}
              entry={entry}
              current={step.id === current}
              completion={completions.get(step.id) ?? 0}
              spentMs={spentAt(entry, receivedAt, now)}
              editing={editing}
              dragging={dragged === step.id}
              onOpen={() => {
                select(null);
                setStep(step.id);
              }}
              onMove={(delta) => void reorder(moveBy(stepOrder(agenda), step.id, delta), step.id)}
              onDragStart={() => setDragged(step.id)}
              onDragEnd={() => setDragged(null)}
              onDrop={() => {
                if (dragged) void reorder(dropOn(stepOrder(agenda), dragged, step.id), dragged);
                setDragged(null);
              }}
              onTimebox={async (minutes) => report(await actions.updateAgenda(step.id, { timeboxMinutes: minutes }))}
              onSkip={async (skipped) => report(await actions.updateAgenda(step.id, { skipped }))}
            />
          );
        })}
      </ol>
      <p id="agenda-reorder-hint" className={editing ? 'agenda__hint' : 'agenda__hint agenda__hint--hidden'}>
        {t('fac.plan.reorderHint')}
      </p>
      <AgendaTotals agenda={agenda} receivedAt={receivedAt} now={now} />
    </nav>
  );
}
