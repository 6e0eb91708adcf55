// Presenter mode for the projector: the step's question in large type, its canvas, the timer and the votes; keys only.
import { useEffect, useMemo, useRef, useState } from 'react';
import { STEPS, stepById } from '../../../../shared/catalogue';
import type { StepId } from '../../../../shared/model';
import { useWorkshop } from '../../../app/hooks';
import { useT } from '../../../i18n';
import { StepCanvas, type StepCanvasProps } from '../../workshop/StepCanvas';
import { keptPosition, orderedAgenda } from '../agendaOrder';
import { StepTimer } from '../StepTimer';
import { KeyHints } from './KeyHints';
import { RoomAudience } from '../../room/RoomAudience';
import { PresenterVotes } from './PresenterVotes';
import { useFullscreen } from './useFullscreen';
import { usePresenter } from './usePresenter';
import { usePresenterKeys } from './usePresenterKeys';
import './presenter.css';
import './votes.css';

const noop = () => undefined;

export function PresenterMode({ step: stepId, onLeave }: { step: StepId; onLeave: () => void }) {
  const { t, tx } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  // The canvas mounts once the dialog is shown: a canvas that measures its box (React Flow) needs a real size.
  const [shown, setShown] = useState(false);
  const step = stepById(stepId) ?? STEPS[0]!;
  const allCards = useWorkshop((s) => s.data?.cards);
  const agenda = useWorkshop((s) => s.data?.agenda);
  const cards = useMemo(() => (allCards ?? []).filter((c) => c.step === step.id), [allCards, step.id]);
  const presenter = usePresenter(step.id, onLeave);
  usePresenterKeys(ref, presenter.isVoting, presenter.run);
  useFullscreen(onLeave);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.focus();
    setShown(true);
    return () => {
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  const { position, total } = keptPosition(orderedAgenda(agenda), step.id);
  // readOnly is part of the React Flow canvas's props; the simple board ignores it and the CSS hides its add buttons.
  const canvas: StepCanvasProps & { readOnly: boolean } = {
    step,
    kinds: step.cardKinds,
    cards,
    selectedCardId: null,
    onSelect: noop,
    onCreate: noop,
    readOnly: true,
  };
  return (
    <dialog
      ref={ref}
      className="presenter"
      aria-labelledby="presenter-question"
      data-testid="presenter"
      data-voting={presenter.voting}
      tabIndex={-1}
      onCancel={(event) => event.preventDefault()}
    >
      <header className="presenter__top">
        <p className="presenter__eyebrow" data-testid="presenter-step">
          <span>{position > 0 ? t('fac.present.position', { number: position, total }) : t('fac.plan.skipped')}</span>
          <span aria-hidden="true"> · </span>
          <span>{tx(step.title)}</span>
        </p>
        <StepTimer step={step.id} variant="presenter" />
      </header>
      <h1 id="presenter-question" className="presenter__question" data-testid="presenter-question">
        {tx(step.question)}
      </h1>
      <div className="presenter__body">
        <div className="presenter__canvas" data-testid="presenter-canvas">
          {shown ? <StepCanvas {...canvas} /> : null}
        </div>
        <PresenterVotes step={step.id} voting={presenter.voting} digits={presenter.digits} voterId={presenter.voterId} />
      </div>
      <RoomAudience />
      <footer className="presenter__foot">
        <p
          className={`presenter__message presenter__message--${presenter.message?.tone ?? 'info'}`}
          role="status"
          data-testid="presenter-message"
        >
          {presenter.message?.text ?? ''}
        </p>
        <KeyHints voting={presenter.voting} full={presenter.help} />
      </footer>
    </dialog>
  );
}
