// The objections heard and our answers: the workshop's objections tracked until answered, then the library's.
import type { WorkshopData } from '../../../../shared/model';
import { answerOf } from '../../../stores/workshop';
import { useT } from '../../../i18n';
import { Icon, type IconName } from '../../../ui/Icon';
import { useReport } from '../../../ui/useReport';
import { useFacilitation } from '../hooks';
import { libraryObjections, objectionViews, ORDER, type ObjectionState } from './case';

const ICON: Record<ObjectionState, IconName> = { open: 'question', linked: 'link', answered: 'check' };
const LABEL = { open: 'fac.case.stateOpen', linked: 'fac.case.stateLinked', answered: 'fac.case.stateAnswered' } as const;

export function ObjectionWall({ data }: { data: WorkshopData }) {
  const { t, tn, tx } = useT();
  const report = useReport();
  const actions = useFacilitation();
  const own = objectionViews(data).sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  const open = own.filter((o) => o.state === 'open').length;
  const library = libraryObjections(answerOf(data, 'convince.mainObjection'));
  return (
    <>
      <section aria-labelledby="case-own-objections">
        <h3 id="case-own-objections" className="case__heading">
          {t('fac.case.ownObjections')} <span className="case__count">{tn('fac.case.openCount', open)}</span>
        </h3>
        {own.length === 0 ? <p className="case__empty">{t('fac.case.noObjections')}</p> : null}
        <ul className="case__grid">
          {own.map(({ card, state, answers }) => (
            <li key={card.id} className={`case__card case__card--${state}`} data-testid="case-objection" data-state={state}>
              <p className={`case__state case__state--${state}`}>
                <Icon name={ICON[state]} /> {t(LABEL[state])}
              </p>
              <p className="case__quote">{card.title || t('fac.vote.untitled')}</p>
              {typeof card.fields.raisedBy === 'string' && card.fields.raisedBy ? (
                <p className="case__source">{t('fac.case.raisedBy', { name: card.fields.raisedBy })}</p>
              ) : null}
              {answers.length > 0 ? (
                <ul className="case__answers">
                  {answers.map((a) => (
                    <li key={a.id}>{[a.title, a.body].filter(Boolean).join(' — ')}</li>
                  ))}
                </ul>
              ) : null}
              <button
                type="button"
                className={state === 'answered' ? 'button button--small' : 'button button--small button--primary'}
                data-testid="case-mark"
                onClick={async () => report(await actions.setObjectionStatus(card.id, state === 'answered' ? 'open' : 'answered'))}
              >
                {state === 'answered' ? t('fac.case.reopen') : t('fac.case.markAnswered')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="case-library-objections">
        <h3 id="case-library-objections" className="case__heading">
          {t('fac.case.libraryObjections')}
        </h3>
        <ul className="case__grid">
          {library.map((o) => (
            <li key={o.id} className="case__card">
              <p className="case__quote">{tx(o.statement)}</p>
              <ul className="case__answers">
                {o.answers.map((a, i) => (
                  <li key={i}>
                    {tx(a.text)} <span className="case__cite">({a.sources.join(', ')})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
