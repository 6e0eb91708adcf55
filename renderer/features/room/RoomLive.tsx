// Keeps the facilitator's window in step with the room: its state, the step it shows phones, phones' edits on the board.
import { useEffect, useRef } from 'react';
import type { StepId } from '../../../shared/model';
import { useServices } from '../../app/ServicesContext';
import { isLive, roomUi, useRoom } from './store';

/** Until the host's event stream carries room changes, the open room is read again this often. */
const FOLLOW_MS = 1_000;

export function RoomLive({ workshopId, step }: { workshopId: string; step: StepId }) {
  const { client, workshop } = useServices();
  const live = useRoom((s) => isLive(s.room, workshopId));
  const edits = useRoom((s) => s.room?.edits ?? 0);
  const seen = useRef(edits);

  useEffect(() => {
    void roomUi(client).getState().send('room.state', {});
  }, [client]);

  useEffect(() => {
    if (!live) return;
    const ui = roomUi(client);
    const timer = setInterval(() => void ui.getState().send('room.state', {}), FOLLOW_MS);
    return () => clearInterval(timer);
  }, [client, live]);

  // Phones see the step the facilitator is on.
  useEffect(() => {
    if (live) void roomUi(client).getState().send('room.focus', { step });
  }, [client, live, step]);

  // A vote or an objection from a phone changed the workshop: read it again.
  useEffect(() => {
    if (edits === seen.current) return;
    seen.current = edits;
    if (live) void workshop.getState().runWhole((id) => client.call('workshop.get', { workshopId: id }));
  }, [client, workshop, edits, live]);

  return null;
}
