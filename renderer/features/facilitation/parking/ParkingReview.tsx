// The parking lot reviewed at the end: every step's parked ideas in agenda order, to mark done as they are dealt with.
import { useMemo } from 'react';
import { stepById } from '../../../../shared/catalogue';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { orderedAgenda } from '../agendaOrder';
import { ParkingItemRow } from './ParkingItemRow';

export function ParkingReview({ onClose }: { onClose: () => void }) {
  const { t, tn, tx } = useT();
  const parking = useWorkshop((s) => s.data?.parking);
  const agenda = useWorkshop((s) => s.data?.agenda);
  const groups = useMemo(
    () =>
      orderedAgenda(agenda)
        .map((e) => ({ step: stepById(e.step), items: (parking ?? []).filter((p) => p.step === e.step) }))
        .filter((g) => g.items.length > 0),
    [agenda, parking],
  );
  const open = (parking ?? []).filter((p) => !p.done).length;
  return (
    <Dialog title={t('fac.parking.title')} onClose={onClose} className="dialog--wide" testId="parking-review">
      <p className="parking__summary" data-testid="parking-summary">
        {tn('fac.parking.summary', open, { total: parking?.length ?? 0 })}
      </p>
      {groups.length === 0 ? <p className="people__empty">{t('fac.parking.empty')}</p> : null}
      {groups.map(({ step, items }) =>
        step ? (
          <section key={step.id} className="parking__group" aria-labelledby={`parking-${step.id}`}>
            <h3 id={`parking-${step.id}`} className="parking__step">
              {step.number}. {tx(step.title)}
            </h3>
            <ul className="parking__list">
              {items.map((item) => (
                <ParkingItemRow key={item.id} item={item} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
