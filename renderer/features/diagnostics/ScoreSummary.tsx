// The overall score with its tone in words, the counts by severity, and the score of every checked step.
import { stepById } from '../../../shared/catalogue';
import type { Finding, HealthScore } from '../../../shared/checks';
import { useT } from '../../i18n';
import { CHECKED_STEPS, countFindings, scoreTone } from './group';

export function ScoreSummary({ score, findings }: { score: HealthScore; findings: readonly Finding[] }) {
  const { t, tn, tx } = useT();
  const counts = countFindings(findings);
  const tone = scoreTone(score.overall);
  return (
    <div className="diag-summary">
      <p className={`diag-summary__score diag-tone--${tone}`} data-testid="overall-score">
        <span className="diag-summary__label">{t('diagnostics.overall')}</span>
        <strong className="diag-summary__number">{t('diagnostics.score', { score: score.overall })}</strong>
        <span className="diag-summary__tone">{t(`diagnostics.tone.${tone}`)}</span>
      </p>
      <ul className="diag-counts">
        {(['blocker', 'warning', 'tip', 'accepted'] as const).map((id) => (
          <li key={id} className={`diag-counts__item diag-counts__item--${id}`}>
            {tn(`diagnostics.count.${id}`, counts[id])}
          </li>
        ))}
      </ul>
      {counts.blocker > 0 ? <p className="diag-note">{t('diagnostics.blockedNote')}</p> : null}
      <details className="diag-steps">
        <summary>{t('diagnostics.stepScores')}</summary>
        <ul className="diag-steps__list">
          {CHECKED_STEPS.map((step) => {
            const value = score.steps[step];
            return (
              <li key={step} className="diag-steps__item" data-testid={`step-score-${step}`}>
                <span className="diag-steps__name">{tx(stepById(step)?.title ?? { fr: step, en: step })}</span>
                <span className={`diag-bar diag-tone--${scoreTone(value)}`} aria-hidden="true">
                  <span className="diag-bar__fill" style={{ width: `${value}%` }} />
                </span>
                <span className="diag-steps__value">{t('diagnostics.score', { score: value })}</span>
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
