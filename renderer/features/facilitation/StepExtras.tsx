// Under the step's canvas, for the facilitator only: notes on the step (never in presenter mode) and its parked ideas.
import { useMemo } from 'react';
import type { StepId } from '../../../shared/model';
import { useServices } from '../../app/ServicesContext';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { notesOf } from './ids';
import { ParkingItemRow } from './parking/ParkingItemRow';
import { StepNotes } from './StepNotes';
import { facilitationUi } from './ui';
import './extras.css';

export function StepExtras({ step }: { step: StepId }) {
  const { t, tn } = useT();
  const { workshop } = useServices();
  const revision = useWorkshop((s) => s.revision);
  const notes = useWorkshop((s) => notesOf(s.data, step));
  const parking = useWorkshop((s) => s.data?.parking);
  const items = useMemo(() => (parking ?? []).filter((p) => p.step === step), [parking, step]);
  const ui = facilitationUi(workshop).getState();
  return (
    <div className="extras">
      <section className="extras__part" aria-labelledby="notes-title">
        <h2 id="notes-title" className="extras__title">
          {t('fac.notes.title')}
        </h2>
        <p id="notes-help" className="extras__help">
          {t('fac.notes.help')}
        </p>
        <StepNotes key={`${step}:${revision}`} step={step} initial={notes} />
      </section>
      <section className="extras__part" aria-labelledby="parked-title" data-testid="step-parking">
        <div className="extras__head">
          <h2 id="parked-title" className="extras__title">
            {tn('fac.parking.here', items.length)}
          </h2>
          <button
            type="button"
            className="button button--small"
            onClick={() => ui.setParking(true)}
            title={t('fac.parking.hint')}
            data-testid="park-idea"
          >
            <span aria-hidden="true">+</span> {t('fac.parking.add')}
          </button>
          <button type="button" className="button button--small" onClick={() => ui.open('parking')}>
            {t('fac.parking.review')}
          </button>
        </div>
        {items.length > 0 ? (
          <ul className="parking__list">
            {items.map((item) => (
              <ParkingItemRow key={item.id} item={item} />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
