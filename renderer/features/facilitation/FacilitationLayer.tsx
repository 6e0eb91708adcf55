// The facilitation overlays of the workshop screen (presenter mode, the tools' dialogs, quick parking) and their shortcuts.
import { useEffect } from 'react';
import type { StepId } from '../../../shared/model';
import { useServices } from '../../app/ServicesContext';
import { CaseView } from './convince/CaseView';
import { ParkingQuickAdd } from './parking/ParkingQuickAdd';
import { ParkingReview } from './parking/ParkingReview';
import { ParticipantsDialog } from './participants/ParticipantsDialog';
import { PresenterMode } from './presenter/PresenterMode';
import { screenCommand } from './presenterKeys';
import { SnapshotsDialog } from './snapshots/SnapshotsDialog';
import { facilitationUi, useFacilitationUi } from './ui';
import './dialogs.css';

export function FacilitationLayer({ step }: { step: StepId }) {
  const { workshop } = useServices();
  const overlay = useFacilitationUi((s) => s.overlay);
  const parking = useFacilitationUi((s) => s.parking);

  useEffect(() => {
    const ui = facilitationUi(workshop);
    const onKey = (event: KeyboardEvent) => {
      // Presenter mode and the dialogs have their own keys.
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const command = screenCommand(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'present') ui.getState().open('presenter');
      else ui.getState().setParking(true);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      ui.setState({ overlay: null, parking: false });
    };
  }, [workshop]);

  const close = () => facilitationUi(workshop).getState().open(null);
  return (
    <>
      {overlay === 'presenter' ? <PresenterMode step={step} onLeave={close} /> : null}
      {overlay === 'participants' ? <ParticipantsDialog onClose={close} /> : null}
      {overlay === 'parking' ? <ParkingReview onClose={close} /> : null}
      {overlay === 'snapshots' ? <SnapshotsDialog onClose={close} /> : null}
      {overlay === 'case' ? <CaseView onClose={close} /> : null}
      {parking ? <ParkingQuickAdd step={step} onClose={() => facilitationUi(workshop).getState().setParking(false)} /> : null}
    </>
  );
}
