// A finding's severity as a word and a shape, so it never rests on colour alone.
import type { Severity } from '../../../shared/checks';
import { useT } from '../../i18n';

const SHAPES: Record<Severity, string> = { blocker: '■', warning: '▲', tip: '●' };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useT();
  return (
    <span className={`diag-badge diag-badge--${severity}`}>
      <span aria-hidden="true">{SHAPES[severity]}</span> {t(`diagnostics.severity.${severity}`)}
    </span>
  );
}
