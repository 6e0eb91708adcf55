// The vote panel of presenter mode: the latest round's ranking with each card's number; while voting, who votes and the typed number.
import { useEffect, useRef } from 'react';
import type { StepId } from '../../../../shared/model';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { latestRound, ranking } from '../../votes';
import { openRoundOf, stepCards, votersOf } from './voters';

interface Props {
  step: StepId;
  voting: boolean;
  digits: string;
  voterId: string | null;
}

export function PresenterVotes({ step, voting, digits, voterId }: Props) {
  const { t, tn } = useT();
  const data = useWorkshop((s) => s.data);
  const list = useRef<HTMLOListElement>(null);
  // The typed card's row comes into sight when the ranking is longer than the panel.
  useEffect(() => {
    if (digits) list.current?.querySelector(`[data-testid="pvote-${digits}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [digits]);
  if (!data) return null;
  const round = latestRound(data, step);
  const numbers = new Map(stepCards(data, step).map((c) => [c.card.id, c.number]));
  const rows = round ? ranking(data, round) : [];
  const top = Math.max(1, ...rows.map((r) => r.votes));
  const open = openRoundOf(data, step);
  const voters = votersOf(data, open);
  const voter = voters.find((v) => v.id === voterId);
  const total = rows.reduce((sum, r) => sum + r.votes, 0);
  return (
    <section className={`pvotes${voting ? ' pvotes--voting' : ''}`} aria-labelledby="pvotes-title" data-testid="presenter-votes">
      <h2 id="pvotes-title" className="pvotes__title">
        {t('fac.vote.title')}
        {round ? <span className="pvotes__status">{round.status === 'open' ? t('fac.vote.open') : t('fac.vote.closedTag')}</span> : null}
      </h2>
      {voting && open ? (
        <div className="pvotes__now" data-testid="vote-flow">
          {open.anonymous ? (
            <p className="pvotes__voter">{t('fac.vote.anonymous')}</p>
          ) : (
            <p className="pvotes__voter" data-testid="current-voter">
              {voter ? tn('fac.vote.voterLeft', voter.left, { name: voter.name }) : t('fac.vote.noVoter')}
            </p>
          )}
          <p className="pvotes__typed">
            <span>{t('fac.vote.cardNumber')}</span>
            <output className="pvotes__digits" data-testid="typed-number">
              {digits || '—'}
            </output>
          </p>
        </div>
      ) : null}
      {voting && open && !open.anonymous ? (
        <ul className="pvotes__voters" aria-label={t('fac.vote.voters')}>
          {voters.map((v) => (
            <li
              key={v.id}
              className={`pvotes__chip${v.id === voterId ? ' pvotes__chip--current' : ''}${v.left === 0 ? ' pvotes__chip--done' : ''}`}
            >
              {v.name} <span>{v.left}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length === 0 ? (
        <p className="pvotes__empty">{t(voting ? 'fac.vote.noCards' : 'fac.vote.none')}</p>
      ) : (
        <ol className="pvotes__list" ref={list} tabIndex={0} aria-label={t('fac.vote.ranking')}>
          {rows.map((r) => {
            const n = numbers.get(r.card.id) ?? 0;
            return (
              <li
                key={r.card.id}
                className={`pvotes__row${digits !== '' && Number(digits) === n ? ' pvotes__row--typed' : ''}`}
                data-testid={`pvote-${n}`}
                data-votes={r.votes}
              >
                <span className="pvotes__number">{n}</span>
                <span className="pvotes__name">{r.card.title || t('fac.vote.untitled')}</span>
                <span className="pvotes__count">{r.votes}</span>
                <span className="pvotes__bar" aria-hidden="true">
                  <span style={{ width: `${(r.votes / top) * 100}%` }} />
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {round ? <p className="pvotes__total">{tn('fac.vote.total', total)}</p> : null}
    </section>
  );
}
