// The strategy map's step filter: a checkbox per step that has cards, and all / none, folded away until needed.
import { STEPS } from '../../../../shared/catalogue';
import type { StepId } from '../../../../shared/model';
import { useT } from '../../../i18n';

export function MapFilters({
  present,
  shown,
  onChange,
}: {
  present: ReadonlySet<StepId>;
  shown: ReadonlySet<StepId>;
  onChange: (next: Set<StepId>) => void;
}) {
  const { t, tx } = useT();
  const toggle = (id: StepId) => {
    const next = new Set(shown);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  const steps = STEPS.filter((s) => present.has(s.id));
  return (
    <details className="map-filters" data-testid="map-filters">
      <summary>
        {t('canvas.map.filter')} ({steps.filter((s) => shown.has(s.id)).length}/{steps.length})
      </summary>
      <div className="map-filters__all">
        <button type="button" className="button button--small" onClick={() => onChange(new Set(present))}>
          {t('canvas.map.all')}
        </button>
        <button type="button" className="button button--small" onClick={() => onChange(new Set())}>
          {t('canvas.map.none')}
        </button>
      </div>
      {steps.map((s) => (
        <label key={s.id} className="map-filters__step">
          <input type="checkbox" checked={shown.has(s.id)} data-testid={`map-filter-${s.id}`} onChange={() => toggle(s.id)} />
          <span>
            {s.number}. {tx(s.title)}
          </span>
        </label>
      ))}
    </details>
  );
}
