// The left agenda: the 14 steps in order; arrows move between them, Enter opens one.
import { useMemo } from 'react';
import { STEPS, stepCompletion } from '../../../shared/catalogue';
import type { StepId } from '../../../shared/model';
import { useNav, useView, useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { onListKeyDown } from '../../ui/listKeys';
import { AgendaItem } from './AgendaItem';

export function Agenda({ current }: { current: StepId }) {
  const { t } = useT();
  const cards = useWorkshop((s) => s.data?.cards);
  const answers = useWorkshop((s) => s.data?.answers);
  const agenda = useWorkshop((s) => s.data?.agenda);
  const setStep = useNav((s) => s.setStep);
  const select = useView((s) => s.select);
  const completions = useMemo(() => STEPS.map((step) => stepCompletion(step, answers ?? [], cards ?? [])), [cards, answers]);
  return (
    <nav className="agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title" className="agenda__title">
        {t('agenda.title')}
      </h2>
      <ol className="agenda__list" onKeyDown={onListKeyDown}>
        {STEPS.map((step, i) => (
          <AgendaItem
            key={step.id}
            step={step}
            current={step.id === current}
            completion={completions[i] ?? 0}
            // The workshop's own timebox when its agenda has one, the catalogue's default otherwise.
            minutes={agenda?.find((e) => e.step === step.id)?.timeboxMinutes ?? step.timeboxMinutes}
            onOpen={() => {
              select(null);
              setStep(step.id);
            }}
          />
        ))}
      </ol>
    </nav>
  );
}
