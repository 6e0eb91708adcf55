// One parked idea: done or not, its text edited in place, removed.
import type { ParkingItem } from '../../../../shared/model';
import { useT } from '../../../i18n';
import { useReport } from '../../../ui/useReport';
import { useEcho, useFacilitation } from '../hooks';
import { X } from 'lucide-react';

export function ParkingItemRow({ item }: { item: ParkingItem }) {
  const { t } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const [draft, setDraft] = useEcho(item.text);
  const [done, setDone] = useEcho(item.done);
  const commit = async () => {
    const text = draft.trim();
    if (!text || text === item.text) return setDraft(item.text);
    report(await actions.updateParked(item.id, { text }));
  };
  return (
    <li className={`parked${item.done ? ' parked--done' : ''}`} data-testid="parked-item" data-done={item.done}>
      <input
        type="checkbox"
        className="parked__done"
        checked={done}
        aria-label={t('fac.parking.done', { idea: item.text })}
        data-testid="parked-done"
        onChange={async (e) => {
          setDone(e.target.checked);
          report(await actions.updateParked(item.id, { done: e.target.checked }));
        }}
      />
      <input
        className="input parked__text"
        value={draft}
        aria-label={t('fac.parking.edit')}
        maxLength={2000}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
        }}
      />
      <button
        type="button"
        className="icon-button parked__remove"
        aria-label={t('fac.parking.remove', { idea: item.text })}
        onClick={async () => report(await actions.deleteParked(item.id))}
      >
        <X className="lucide-icon" size="1em" aria-hidden="true" />
      </button>
    </li>
  );
}
