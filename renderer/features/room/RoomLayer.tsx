// Room mode's part of the workshop screen: following the room, and its dialog when open.
import type { StepId } from '../../../shared/model';
import { RoomDialog } from './RoomDialog';
import { RoomLive } from './RoomLive';
import { useRoom } from './store';

export function RoomLayer({ workshopId, step }: { workshopId: string; step: StepId }) {
  const dialog = useRoom((s) => s.dialog);
  return (
    <>
      <RoomLive workshopId={workshopId} step={step} />
      {dialog ? <RoomDialog step={step} /> : null}
    </>
  );
}
