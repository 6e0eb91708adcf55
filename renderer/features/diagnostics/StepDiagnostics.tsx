// The side panel's health check for the current step: its score and findings (compact), plus the capacity gauge or channel fit.
import type { StepId } from '../../../shared/model';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { CapacityGauge } from './CapacityGauge';
import { ChannelFitList } from './ChannelFitList';
import { drawerStore } from './drawer';
import { FindingItem } from './FindingItem';
import { CHECKED_STEPS, findingKey, scoreTone, stepFindings } from './group';
import { ariaKeys } from '../../shortcuts';
import { useDiagnosis } from './useDiagnosis';
import './diagnostics.css';
import './findings.css';
import './measures.css';

/** The last step gathers the workshop's open blockers and warnings. */
const SUMMARY_STEP: StepId = 'risks';
/** The panel shows the first few; the drawer has them all. */
const SHOWN = 4;

export function StepDiagnostics({ step }: { step: StepId }) {
  const { t, tn } = useT();
  const diagnosis = useDiagnosis();
  const cards = useWorkshop((s) => s.data?.cards ?? null);
  const checked = CHECKED_STEPS.includes(step);
  if (!diagnosis || !cards || (!checked && step !== SUMMARY_STEP)) return null;
  const summary = step === SUMMARY_STEP;
  const findings = summary ? diagnosis.findings.filter((f) => !f.accepted && f.severity !== 'tip') : stepFindings(diagnosis.findings, step);
  const score = summary ? diagnosis.score.overall : diagnosis.score.steps[step];
  return (
    <>
      {step === 'resources' ? <CapacityGauge capacity={diagnosis.capacity} /> : null}
      <section className="panel__section diag-panel" aria-labelledby="diag-step-title" data-testid="step-diagnostics">
        <div className="panel__row">
          <h2 id="diag-step-title" className="panel__title">
            {t(summary ? 'diagnostics.step.all' : 'diagnostics.step.title')}
          </h2>
          <span className={`diag-chip diag-chip--static diag-tone--${scoreTone(score)}`} data-testid="step-score">
            {t(summary ? 'diagnostics.score' : 'diagnostics.step.score', { score })}
          </span>
        </div>
        {findings.length === 0 ? (
          <p className="panel__empty">{t('diagnostics.step.none')}</p>
        ) : (
          <ul className="diag-list diag-list--compact">
            {findings.slice(0, SHOWN).map((f) => (
              <FindingItem key={findingKey(f)} finding={f} cards={cards} compact />
            ))}
          </ul>
        )}
        {findings.length > SHOWN ? <p className="diag-note">{tn('diagnostics.step.more', findings.length - SHOWN)}</p> : null}
        <button
          type="button"
          className="button button--small diag-open-all"
          onClick={() => drawerStore.getState().setOpen(true)}
          aria-keyshortcuts={ariaKeys('diagnostics.toggle')}
          title={t('diagnostics.shortcutHint')}
        >
          {t('diagnostics.step.openAll')}
        </button>
      </section>
      {step === 'channels' ? <ChannelFitList input={diagnosis.input} cards={cards} /> : null}
    </>
  );
}
