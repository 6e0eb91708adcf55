// Starting a dot-vote round on the step: votes per participant (1 to 10) and whether it is anonymous.
import { useState } from 'react';
import type { StepId } from '../../../../shared/model';
import { useT } from '../../../i18n';
import { useReport } from '../../../ui/useReport';
import type { Voting } from './useVoting';

export function VoteStart({ step, voting, again }: { step: StepId; voting: Voting; again: boolean }) {
  const { t } = useT();
  // Kept as typed (an emptied field stays empty while the user types the new number), read when the round starts.
  const [count, setCount] = useState('3');
  const [anonymous, setAnonymous] = useState(false);
  const [busy, setBusy] = useState(false);
  const report = useReport();
  const start = async () => {
    setBusy(true);
    report(await voting.actions.start(step, Math.max(1, Math.min(10, Math.round(Number(count)) || 1)), anonymous));
    setBusy(false);
  };
  return (
    <div className="vote-panel__start">
      <label className="vote-panel__field">
        <span>{t('canvas.vote.perPerson')}</span>
        <input type="number" min={1} max={10} value={count} data-testid="vote-per-person" onChange={(e) => setCount(e.target.value)} />
      </label>
      <label className="vote-panel__check">
        <input type="checkbox" checked={anonymous} data-testid="vote-anonymous" onChange={(e) => setAnonymous(e.target.checked)} />
        <span>{t('canvas.vote.anonymous')}</span>
      </label>
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy}
        data-testid="vote-start"
        onClick={() => void start()}
      >
        {t(again ? 'canvas.vote.restart' : 'canvas.vote.start')}
      </button>
    </div>
  );
}
