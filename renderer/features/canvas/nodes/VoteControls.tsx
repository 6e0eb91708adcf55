// A card's dot-vote count, and while a round is open the buttons to give it a vote or take one back.
import { translate, translateCount } from '../../../i18n';
import { useCanvasEnv } from '../canvasEnv';

export function VoteControls({ cardId, title, votes, canVote }: { cardId: string; title: string; votes: number; canVote: boolean }) {
  const { language, readOnly, actions } = useCanvasEnv();
  const name = title || translate(language, 'canvas.untitled');
  return (
    <div className="cn__votes nodrag">
      <span
        className="cn__count"
        data-testid={`votes-${cardId}`}
        data-count={votes}
        aria-label={translateCount(language, 'canvas.vote.count', votes)}
      >
        {votes}
      </span>
      {canVote && !readOnly ? (
        <>
          <button
            type="button"
            className="cn__vote"
            aria-label={translate(language, 'canvas.vote.retract', { title: name })}
            onClick={() => actions.retract(cardId)}
            disabled={votes === 0}
          >
            −
          </button>
          <button
            type="button"
            className="cn__vote cn__vote--add"
            aria-label={translate(language, 'canvas.vote.cast', { title: name })}
            data-testid={`vote-${cardId}`}
            onClick={() => actions.vote(cardId)}
          >
            +
          </button>
        </>
      ) : null}
    </div>
  );
}
