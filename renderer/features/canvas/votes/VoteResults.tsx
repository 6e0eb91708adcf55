// The ranked results of a round: rank, card, votes; they stay shown after the round closes.
import type { WorkshopData, VoteRound } from '../../../../shared/model';
import { useT } from '../../../i18n';
import { ranking } from '../../votes';

export function VoteResults({ data, round, onPick }: { data: WorkshopData; round: VoteRound; onPick: (cardId: string) => void }) {
  const { t, tn } = useT();
  const ranked = ranking(data, round).filter((r) => r.votes > 0);
  if (ranked.length === 0) return null;
  return (
    <ol className="vote-panel__results" aria-label={t('canvas.vote.results')} data-testid="vote-results">
      {ranked.map((r) => (
        <li key={r.card.id} className="vote-panel__result">
          <span className="vote-panel__rank">{r.rank}</span>
          <button type="button" className="vote-panel__card" onClick={() => onPick(r.card.id)}>
            {r.card.title || t('canvas.untitled')}
          </button>
          <span className="vote-panel__votes">{tn('canvas.vote.count', r.votes)}</span>
        </li>
      ))}
    </ol>
  );
}
