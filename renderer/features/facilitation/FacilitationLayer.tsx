// The facilitation overlays of the workshop screen (presenter mode, the tools' dialogs, quick parking) and their shortcuts.
import { useEffect } from 'react';
import type { StepId } from '../../../shared/model';
import { useServices } from '../../app/ServicesContext';
import { useShortcutHandlers } from '../../shortcuts';
import { CaseView } from './convince/CaseView';
import { ParkingQuickAdd } from './parking/ParkingQuickAdd';
import { ParkingReview } from './parking/ParkingReview';
import { ParticipantsDialog } from './participants/ParticipantsDialog';
import { PresenterMode } from './presenter/PresenterMode';
import { SnapshotsDialog } from './snapshots/SnapshotsDialog';
import { facilitationUi, useFacilitationUi } from './ui';
import './dialogs.css';

export function FacilitationLayer({ step }: { step: StepId }) {
  const { workshop } = useServices();
  const overlay = useFacilitationUi((s) => s.overlay);
  const parking = useFacilitationUi((s) => s.parking);

  // F5 from the screen; the parking lot from the screen and from presenter mode alike.
  useShortcutHandlers({
    'presenter.open': () => facilitationUi(workshop).getState().open('presenter'),
    'parking.quickAdd': () => facilitationUi(workshop).getState().setParking(true),
  });
  useEffect(() => () => facilitationUi(workshop).setState({ overlay: null, parking: false }), [workshop]);

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
