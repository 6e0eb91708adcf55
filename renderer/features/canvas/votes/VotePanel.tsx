// The dot-vote panel of a step: start a round, choose who votes, votes left, close, clear, and the ranked results.
import type { StepId } from '../../../../shared/model';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { useReport } from '../../../ui/useReport';
import { latestRound, votesLeft } from '../../votes';
import type { Voting } from './useVoting';
import { VoteResults } from './VoteResults';
import { VoteStart } from './VoteStart';

export function VotePanel({ step, voting, onPick }: { step: StepId; voting: Voting; onPick: (cardId: string) => void }) {
  const { t, tn } = useT();
  const data = useWorkshop((s) => s.data);
  const report = useReport();
  if (!data) return null;
  const round = latestRound(data, step);
  const open = round?.status === 'open' ? round : null;
  const voter = data.participants.find((p) => p.id === voting.voterId) ?? null;
  const left = open && (open.anonymous || voter) ? votesLeft(data, open, voter) : null;
  return (
    <section className="vote-panel" aria-labelledby="vote-panel-title" data-testid="vote-panel">
      <h2 id="vote-panel-title" className="vote-panel__title">
        {t('canvas.vote.title')}
        {round ? (
          <span className={`vote-panel__state vote-panel__state--${round.status}`}>
            {t(open ? 'canvas.vote.open' : 'canvas.vote.closed')}
          </span>
        ) : null}
      </h2>
      {data.participants.length === 0 ? <p className="vote-panel__note">{t('canvas.vote.noParticipants')}</p> : null}
      {open ? (
        <>
          {open.anonymous ? null : (
            <label className="vote-panel__field">
              <span>{t('canvas.vote.voter')}</span>
              <select value={voting.voterId ?? ''} data-testid="vote-voter" onChange={(e) => voting.setVoterId(e.target.value || null)}>
                <option value="">{t('canvas.vote.pickVoter')}</option>
                {data.participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {left !== null ? (
            <p className="vote-panel__left" data-testid="vote-left">
              {tn('canvas.vote.left', left)}
            </p>
          ) : null}
          <div className="vote-panel__row">
            <button
              type="button"
              className="button button--small"
              data-testid="vote-close"
              onClick={async () => report(await voting.actions.close(open.id))}
            >
              {t('canvas.vote.close')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="vote-reset"
              onClick={async () => report(await voting.actions.reset(open.id))}
            >
              {t('canvas.vote.reset')}
            </button>
          </div>
        </>
      ) : (
        <VoteStart step={step} voting={voting} again={!!round} />
      )}
      {round ? <VoteResults data={data} round={round} onPick={onPick} /> : <p className="vote-panel__note">{t('canvas.vote.none')}</p>}
    </section>
  );
}
