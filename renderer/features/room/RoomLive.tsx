// Keeps the facilitator's window in step with the room: its state as the host announces it, and the step phones see.
import { useEffect } from 'react';
import type { StepId } from '../../../shared/model';
import { useServices } from '../../app/ServicesContext';
import { isLive, roomUi, useRoom } from './store';

export function RoomLive({ workshopId, step }: { workshopId: string; step: StepId }) {
  const { client } = useServices();
  const live = useRoom((s) => isLive(s.room, workshopId));

  // The room's state once, then every change the host announces (joins, ideas, answers, close).
  // Phones' votes and objections reach the board as `workshop.changed`, like any other client's edit.
  // Naming the workshop brings back the ideas still waiting in its inbox, even with the room closed (after a restart).
  useEffect(() => {
    const ui = roomUi(client);
    const stop = client.subscribe('room.changed', (state) => ui.getState().set(state));
    void ui.getState().send('room.state', { workshopId });
    return stop;
  }, [client, workshopId]);

  // Phones see the step the facilitator is on.
  useEffect(() => {
    if (live) void roomUi(client).getState().send('room.focus', { step });
  }, [client, live, step]);

  return null;
}
