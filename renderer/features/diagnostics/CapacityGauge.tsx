// The resources step's gauge: hours a week the plan needs against hours the team has, red when over, with the breakdown.
import { useId } from 'react';
import type { Capacity } from '../../../shared/checks';
import { useT } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { formatHours, gaugeOf, linesByKind } from './capacityView';

const KIND_KEYS = {
  production: 'diagnostics.capacity.production',
  moderation: 'diagnostics.capacity.moderation',
  available: 'diagnostics.capacity.people',
} as const;

export function CapacityGauge({ capacity }: { capacity: Capacity }) {
  const { t, tx, language } = useT();
  const id = useId();
  const g = gaugeOf(capacity);
  const h = (n: number) => t('diagnostics.capacity.hours', { hours: formatHours(n, language) });
  return (
    <section
      className={`panel__section diag-capacity ${g.over ? 'diag-capacity--over' : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid="capacity-gauge"
      data-over={g.over ? 'true' : 'false'}
    >
      <h2 id={`${id}-title`} className="panel__title">
        {t('diagnostics.capacity.title')}
      </h2>
      {g.empty ? (
        <p className="panel__empty">{t('diagnostics.capacity.empty')}</p>
      ) : (
        <>
          <div
            className="diag-gauge"
            role="img"
            aria-label={t('diagnostics.capacity.gauge', {
              needed: formatHours(g.needed, language),
              available: formatHours(g.available, language),
            })}
          >
            <span className="diag-gauge__label">{t('diagnostics.capacity.needed')}</span>
            <span className="diag-gauge__track">
              <span className="diag-gauge__bar diag-gauge__bar--needed" style={{ width: `${g.neededWidth}%` }} />
            </span>
            <span className="diag-gauge__value" data-testid="capacity-needed">
              {h(g.needed)}
            </span>
            <span className="diag-gauge__label">{t('diagnostics.capacity.available')}</span>
            <span className="diag-gauge__track">
              <span className="diag-gauge__bar diag-gauge__bar--available" style={{ width: `${g.availableWidth}%` }} />
            </span>
            <span className="diag-gauge__value" data-testid="capacity-available">
              {h(g.available)}
            </span>
          </div>
          <p className={`diag-capacity__verdict ${g.over ? 'diag-capacity__verdict--over' : ''}`} role="status">
            <Icon name={g.over ? 'warning' : 'check'} />{' '}
            {t(g.over ? 'diagnostics.capacity.over' : 'diagnostics.capacity.spare', { hours: formatHours(g.gap, language) })}
          </p>
          {linesByKind(capacity.lines).map((group) => (
            <div key={group.kind} className="diag-lines">
              <h3 className="diag-lines__title">
                <span>{t(KIND_KEYS[group.kind])}</span> <span>{h(group.total)}</span>
              </h3>
              <ul className="diag-lines__list">
                {group.lines.map((line) => (
                  <li key={`${line.kind}:${line.cardId}`}>
                    {tx(line.label)}
                    {line.estimated ? <em className="diag-lines__estimated"> ({t('diagnostics.capacity.estimated')})</em> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
