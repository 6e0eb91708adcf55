// Facilitation actions on the open workshop: agenda, timer, parking lot, participants, snapshots, notes, objections.
import type { AgendaEntry, StepId, WorkshopData } from '../../../shared/model';
import type { CallInput } from '../../../shared/api';
import type { Client } from '../../client';
import type { WorkshopStore } from '../../stores/workshop';
import { notesQuestion, SESSION_QUESTION, SESSION_STEP } from './ids';
import { addedTimebox } from './time';

type ParticipantDraft = CallInput<'participant.create'>['participant'];
type ParticipantPatch = CallInput<'participant.update'>['patch'];
type ParkingPatch = CallInput<'parking.update'>['patch'];
type AgendaPatch = CallInput<'agenda.update'>['patch'];

// The agenda's rows carry no values (its entries also hold the step timer): its calls answer the whole agenda, applied
// here. Every other mutation answers the rows it wrote, side effects included, and the store applies them.
const withAgenda = (data: WorkshopData, agenda: AgendaEntry[]): WorkshopData => ({ ...data, agenda });

export function facilitationActions(client: Client, store: WorkshopStore) {
  const { run, runPlain, runWhole, setAnswer, setCardField } = store.getState();
  const entry = (step: StepId) => store.getState().data?.agenda.find((e) => e.step === step);
  return {
    updateAgenda: (step: StepId, patch: AgendaPatch) =>
      run((workshopId) => client.call('agenda.update', { workshopId, step, patch }), withAgenda),
    reorder: (order: StepId[]) => run((workshopId) => client.call('agenda.reorder', { workshopId, order }), withAgenda),
    /** +5 min on the step's timebox: an undoable agenda edit, so the plan shows the extra time. */
    addTime: (step: StepId) => {
      const minutes = addedTimebox(entry(step)?.timeboxMinutes ?? 0);
      return run((workshopId) => client.call('agenda.update', { workshopId, step, patch: { timeboxMinutes: minutes } }), withAgenda);
    },
    startTimer: (step: StepId) => runPlain((workshopId) => client.call('timer.start', { workshopId, step }), withAgenda),
    pauseTimer: () => runPlain((workshopId) => client.call('timer.pause', { workshopId }), withAgenda),
    park: (step: StepId, text: string) => run((workshopId) => client.call('parking.add', { workshopId, step, text })),
    updateParked: (itemId: string, patch: ParkingPatch) =>
      run((workshopId) => client.call('parking.update', { workshopId, itemId, patch })),
    deleteParked: (itemId: string) => run((workshopId) => client.call('parking.delete', { workshopId, itemId })),
    addParticipant: (participant: ParticipantDraft) => run((workshopId) => client.call('participant.create', { workshopId, participant })),
    updateParticipant: (participantId: string, patch: ParticipantPatch) =>
      run((workshopId) => {
        // What this window shows for the attributes it changes: the host refuses the edit if another window changed them.
        const shown = store.getState().data?.participants.find((p) => p.id === participantId) as Record<string, unknown> | undefined;
        const expected = shown ? Object.fromEntries(Object.keys(patch).map((k) => [k, shown[k]])) : undefined;
        return client.call('participant.update', { workshopId, participantId, patch, expected });
      }),
    deleteParticipant: (participantId: string) => run((workshopId) => client.call('participant.delete', { workshopId, participantId })),
    takeSnapshot: (name: string) => {
      const workshopId = store.getState().workshopId;
      return workshopId ? client.call('snapshot.create', { workshopId, name }) : null;
    },
    listSnapshots: (workshopId: string) => client.call('snapshot.list', { workshopId }),
    compareSnapshot: (workshopId: string, snapshotId: string) => client.call('snapshot.compare', { workshopId, snapshotId }),
    deleteSnapshot: (workshopId: string, snapshotId: string) => client.call('snapshot.delete', { workshopId, snapshotId }),
    /** One undoable edit that replaces the whole workshop; Ctrl+Z brings back what was there before. */
    restoreSnapshot: (snapshotId: string) => runWhole((workshopId) => client.call('snapshot.restore', { workshopId, snapshotId })),
    setNotes: (step: StepId, text: string, coalesce?: string) => setAnswer(step, notesQuestion(step), text, coalesce),
    setSessionMinutes: (minutes: number | null) => setAnswer(SESSION_STEP, SESSION_QUESTION, minutes),
    setObjectionStatus: (cardId: string, status: 'open' | 'answered') => setCardField(cardId, 'status', status),
  };
}

export type FacilitationActions = ReturnType<typeof facilitationActions>;
