// The full health check as a drawer on the right: score, counts, step scores and every finding; Esc or the button closes it.
import { useEffect, useRef } from 'react';
import { useWorkshop } from '../../app/hooks';
import { useT } from '../../i18n';
import { rememberFocus } from '../../ui/focusReturn';
import { drawerStore } from './drawer';
import { FindingGroups } from './FindingGroups';
import { ScoreSummary } from './ScoreSummary';
import { useDiagnosis } from './useDiagnosis';
import { X } from 'lucide-react';

export function DiagnosticsDrawer() {
  const { t } = useT();
  const diagnosis = useDiagnosis();
  const cards = useWorkshop((s) => s.data?.cards ?? null);
  const ref = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const close = () => drawerStore.getState().setOpen(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const giveBack = rememberFocus();
    if (!dialog.open) dialog.showModal();
    title.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // A finding that sends the user elsewhere focuses its field a frame later; otherwise focus goes back where it was.
      giveBack(true);
    };
  }, []);

  // A fixed or accepted finding leaves the list and takes the focus with it: keep it inside the drawer.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog?.open && (!document.activeElement || document.activeElement === document.body)) title.current?.focus();
  }, [diagnosis]);

  return (
    <dialog
      ref={ref}
      className="diag-drawer"
      aria-labelledby="diag-drawer-title"
      data-testid="diagnostics-drawer"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="diag-drawer__head">
        <h2 id="diag-drawer-title" ref={title} tabIndex={-1} className="diag-drawer__title">
          {t('diagnostics.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('diagnostics.close')} onClick={close}>
          <X className="lucide-icon" size="1em" aria-hidden="true" />
        </button>
      </header>
      {diagnosis && cards ? (
        <div className="diag-drawer__body">
          <ScoreSummary score={diagnosis.score} findings={diagnosis.findings} />
          {diagnosis.findings.length === 0 ? (
            <p className="diag-note">{t('diagnostics.none')}</p>
          ) : (
            <FindingGroups findings={diagnosis.findings} cards={cards} />
          )}
        </div>
      ) : null}
    </dialog>
  );
}
