// The channels step's fit list: each channel's score out of 100 and the reasons behind it, weakest channel first.
import { useId, useMemo } from 'react';
import type { CheckInput } from '../../../shared/checks';
import type { Card } from '../../../shared/model';
import { useT } from '../../i18n';
import { scoreTone } from './group';
import { fitRows, points } from './fitView';
import { cardField } from './target';
import { useGoTo } from './useGoTo';

export function ChannelFitList({ input, cards }: { input: CheckInput; cards: readonly Card[] }) {
  const { t, tx } = useT();
  const id = useId();
  const goTo = useGoTo();
  const rows = useMemo(() => fitRows(input, cards), [input, cards]);
  return (
    <section className="panel__section diag-fit" aria-labelledby={`${id}-title`} data-testid="channel-fit">
      <h2 id={`${id}-title`} className="panel__title">
        {t('diagnostics.fit.title')}
      </h2>
      <p className="form__help">{t('diagnostics.fit.help')}</p>
      {rows.length === 0 ? (
        <p className="panel__empty">{t('diagnostics.fit.empty')}</p>
      ) : (
        <ul className="diag-fit__list">
          {rows.map(({ card, name, platform, fit }) => (
            <li key={card.id} className="diag-fit__item" data-testid={`fit-${card.id}`}>
              <div className="diag-fit__head">
                <button
                  type="button"
                  className="diag-fit__name"
                  onClick={() => goTo({ step: card.step, cardId: card.id, focus: cardField('title') })}
                >
                  {name || t('diagnostics.untitled')}
                  {platform ? <span className="diag-fit__platform">{platform}</span> : null}
                </button>
                <span className={`diag-chip diag-chip--static diag-tone--${scoreTone(fit.score)}`} data-testid="fit-score">
                  {t('diagnostics.score', { score: fit.score })}
                </span>
              </div>
              <span className={`diag-bar diag-tone--${scoreTone(fit.score)}`} aria-hidden="true">
                <span className="diag-bar__fill" style={{ width: `${fit.score}%` }} />
              </span>
              <ul className="diag-fit__reasons">
                {fit.reasons.map((r) => (
                  <li key={r.criterion}>
                    <strong>
                      {t(`diagnostics.fit.${r.criterion}`)} {t('diagnostics.fit.points', { points: points(r.points), max: r.max })}
                    </strong>{' '}
                    {tx(r.text)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
