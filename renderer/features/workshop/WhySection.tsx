// Why the step matters, with the ids of the articles behind it.
import type { StepDef } from '../../../shared/catalogue';
import { useT } from '../../i18n';

export function WhySection({ step }: { step: StepDef }) {
  const { t, tx } = useT();
  return (
    <section className="panel__section" aria-labelledby="why-title" data-testid="step-why">
      <h2 id="why-title" className="panel__title">
        {t('panel.why')}
      </h2>
      <p className="why__text">{tx(step.why)}</p>
      <p className="why__sources">{t('panel.sources', { ids: step.sources.join(', ') })}</p>
    </section>
  );
}
