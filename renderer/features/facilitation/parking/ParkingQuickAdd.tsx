// Ctrl+Shift+P: park an off-topic idea in two keystrokes (type, Enter), filed under the current step by default.
import { useState, type FormEvent } from 'react';
import { STEPS } from '../../../../shared/catalogue';
import type { StepId } from '../../../../shared/model';
import { useT } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { useReport } from '../../../ui/useReport';
import { useFacilitation } from '../hooks';

export function ParkingQuickAdd({ step, onClose }: { step: StepId; onClose: () => void }) {
  const { t, tx } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const [text, setText] = useState('');
  const [where, setWhere] = useState<StepId>(step);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (report(await actions.park(where, text.trim()), () => t('fac.parking.parked'))) onClose();
  };
  return (
    <Dialog title={t('fac.parking.quickTitle')} onClose={onClose} testId="parking-quick">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="form__field">
          <span className="form__label">{t('fac.parking.idea')}</span>
          <input
            className="input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={2000}
            data-autofocus
            data-testid="parking-text"
          />
        </label>
        <label className="form__field">
          <span className="form__label">{t('fac.parking.step')}</span>
          <select className="input" value={where} onChange={(e) => setWhere(e.target.value as StepId)}>
            {STEPS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.number}. {tx(s.title)}
              </option>
            ))}
          </select>
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!text.trim()} data-testid="parking-submit">
            {t('fac.parking.park')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
