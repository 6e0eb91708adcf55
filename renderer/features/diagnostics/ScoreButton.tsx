// The top bar's progress ("3 of 14 steps decided") with the health score once there are cards, in a neutral colour until
// the group has worked: opens the diagnostics drawer, as does Ctrl+Shift+D.
import { useEffect } from 'react';
import { ariaKeys, useShortcutHandlers } from '../../shortcuts';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { DiagnosticsDrawer } from './DiagnosticsDrawer';
import { drawerStore, useDrawer } from './drawer';
import { headerTone, planProgress } from './progress';
import { useDiagnosis } from './useDiagnosis';
import './diagnostics.css';
import './findings.css';
import './measures.css';

export function ScoreButton() {
  const { t } = useT();
  const diagnosis = useDiagnosis();
  const open = useDrawer((s) => s.open);
  const agenda = useWorkshop((s) => s.data?.agenda);
  const cards = useWorkshop((s) => s.data?.cards);

  // Another dialog (a confirmation...) keeps the keyboard to itself: the shortcut's scopes are the screen and the drawer.
  useShortcutHandlers({ 'diagnostics.toggle': () => drawerStore.getState().toggle() });
  // The drawer belongs to the open workshop: leaving it closes the drawer.
  useEffect(() => () => drawerStore.getState().setOpen(false), []);

  if (!diagnosis || !agenda || !cards) return null;
  const score = diagnosis.score.overall;
  const progress = planProgress({ agenda, cards });
  const tone = headerTone(progress, score);
  return (
    <>
      <button
        type="button"
        className={`button diag-score diag-tone--${tone}`}
        onClick={() => drawerStore.getState().setOpen(true)}
        title={t('plan.progressHint', { toDecide: progress.planned - progress.decided })}
        data-tone={tone}
        aria-keyshortcuts={ariaKeys('diagnostics.toggle')}
        aria-haspopup="dialog"
        data-testid="health-score"
      >
        <span className="diag-score__dot" aria-hidden="true" />
        <span data-testid="plan-progress">
          {t('plan.progress', { decided: progress.decided, planned: progress.planned })}{' '}
          <span className="appbar__label">{t('plan.progressWords')}</span>
        </span>
        {progress.started ? (
          <span className="diag-score__figure">
            <span className="appbar__label">{t('plan.healthWord')} </span>
            {t('diagnostics.score', { score })}
          </span>
        ) : null}
      </button>
      {open ? <DiagnosticsDrawer /> : null}
    </>
  );
}
