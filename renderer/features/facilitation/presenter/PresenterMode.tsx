// F5's presentation in the current window: the audience view, driven by the keyboard (steps, timer, vote, spotlight).
import { useEffect, useRef } from 'react';
import { STEPS, stepById } from '../../../../shared/catalogue';
import type { StepId } from '../../../../shared/model';
import { useView, useWorkshop } from '../../../app/hooks';
import { keptPosition, orderedAgenda } from '../agendaOrder';
import { AudienceView } from './AudienceView';
import { KeyHints } from './KeyHints';
import { RoomAudience } from '../../room';
import { rememberFocus } from '../../../ui/focusReturn';
import { PresenterVotes } from './PresenterVotes';
import { useFullscreen } from './useFullscreen';
import { usePresenter } from './usePresenter';
import { usePresenterShortcuts } from './usePresenterShortcuts';
import { openRoundOf } from './voters';
import './presenter.css';
import './votes.css';

export function PresenterMode({ step: stepId, onLeave }: { step: StepId; onLeave: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const step = stepById(stepId) ?? STEPS[0]!;
  const agenda = useWorkshop((s) => s.data?.agenda);
  const roundOpen = useWorkshop((s) => (s.data ? openRoundOf(s.data, step.id) !== null : false));
  // The card chosen in the control view is the one under discussion, when it is on this step.
  const selected = useView((s) => s.selectedCardId);
  const spotlight = useWorkshop((s) => (s.data?.cards.some((c) => c.id === selected && c.step === step.id) ? selected : null));
  const map = useView((s) => s.map);
  const presenter = usePresenter(step.id, onLeave);
  usePresenterShortcuts(ref, presenter.isVoting, presenter.run);
  useFullscreen(onLeave);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Closing leaves the screen as it was: the focus back, with a ring only if it had one (ui/focusReturn.ts).
    const giveBack = rememberFocus();
    if (!dialog.open) dialog.showModal();
    dialog.focus();
    return () => {
      if (dialog.open) dialog.close();
      giveBack();
    };
  }, []);

  const { position, total } = keptPosition(orderedAgenda(agenda), step.id);
  const showVotes = presenter.voting || roundOpen || presenter.reveal;
  const showKeys = presenter.voting || presenter.help;
  return (
    <dialog
      ref={ref}
      className="presenter"
      aria-labelledby="presenter-question"
      data-testid="presenter"
      data-voting={presenter.voting}
      data-shortcut-scope="presenter"
      tabIndex={-1}
      onCancel={(event) => event.preventDefault()}
    >
      <AudienceView
        step={step}
        position={position}
        total={total}
        spotlight={spotlight}
        map={map}
        status={
          presenter.message ? (
            <p className={`presenter__message presenter__message--${presenter.message.tone}`} role="status" data-testid="presenter-message">
              {presenter.message.text}
            </p>
          ) : null
        }
        aside={
          showVotes ? (
            <PresenterVotes step={step.id} voting={presenter.voting} digits={presenter.digits} voterId={presenter.voterId} />
          ) : null
        }
        footer={showKeys ? <KeyHints voting={presenter.voting} full={presenter.help} /> : null}
      />
      <RoomAudience />
    </dialog>
  );
}
