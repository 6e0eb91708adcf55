// The findings grouped by severity (headings), then by step (sub-headings), each group a list.
import { stepById } from '../../../shared/catalogue';
import type { Finding } from '../../../shared/checks';
import type { Card } from '../../../shared/model';
import { useT } from '../../i18n';
import { FindingItem } from './FindingItem';
import { findingKey, groupFindings } from './group';

export function FindingGroups({ findings, cards }: { findings: readonly Finding[]; cards: readonly Card[] }) {
  const { t, tx } = useT();
  return (
    <>
      {groupFindings(findings).map((group) => (
        <section
          key={group.id}
          className={`diag-group diag-group--${group.id}`}
          aria-labelledby={`diag-group-${group.id}`}
          data-testid={`group-${group.id}`}
        >
          <h3 id={`diag-group-${group.id}`} className="diag-group__title">
            {t(`diagnostics.group.${group.id}`)} <span className="diag-group__count">({group.count})</span>
          </h3>
          {group.steps.map(({ step, findings: list }) => (
            <section key={step} className="diag-step" aria-labelledby={`diag-${group.id}-${step}`}>
              <h4 id={`diag-${group.id}-${step}`} className="diag-step__title">
                {tx(stepById(step)?.title ?? { fr: step, en: step })}
              </h4>
              <ul className="diag-list">
                {list.map((f) => (
                  <FindingItem key={findingKey(f)} finding={f} cards={cards} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
