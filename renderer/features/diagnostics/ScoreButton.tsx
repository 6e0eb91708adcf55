// The top bar's health score ("Santé 62/100"): opens the diagnostics drawer, as does Ctrl+Shift+D.
import { useEffect } from 'react';
import { useT } from '../../i18n';
import { DiagnosticsDrawer } from './DiagnosticsDrawer';
import { drawerStore, useDrawer } from './drawer';
import { scoreTone } from './group';
import { DIAGNOSTICS_SHORTCUT, isDiagnosticsShortcut } from './shortcut';
import { useDiagnosis } from './useDiagnosis';
import './diagnostics.css';
import './findings.css';
import './measures.css';

export function ScoreButton() {
  const { t } = useT();
  const diagnosis = useDiagnosis();
  const open = useDrawer((s) => s.open);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isDiagnosticsShortcut(event)) return;
      // Another dialog (a confirmation...) keeps the keyboard to itself.
      const other = [...document.querySelectorAll('dialog[open]')].some((d) => !d.classList.contains('diag-drawer'));
      if (other) return;
      event.preventDefault();
      drawerStore.getState().toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // The drawer belongs to the open workshop: leaving it closes the drawer.
  useEffect(() => () => drawerStore.getState().setOpen(false), []);

  if (!diagnosis) return null;
  const score = diagnosis.score.overall;
  return (
    <>
      <button
        type="button"
        className={`button diag-score diag-tone--${scoreTone(score)}`}
        onClick={() => drawerStore.getState().setOpen(true)}
        title={t('diagnostics.shortcutHint')}
        aria-keyshortcuts={DIAGNOSTICS_SHORTCUT}
        aria-haspopup="dialog"
        data-testid="health-score"
      >
        <span className="diag-score__dot" aria-hidden="true" />
        {t('diagnostics.button', { score })}
      </button>
      {open ? <DiagnosticsDrawer /> : null}
    </>
  );
}
