// Participant calls: the people in the room.
import { CallFailure } from '../../../shared/api';
import type { Participant } from '../../../shared/model';
import { participantFromRow, participantToRow } from '../store/mappers';
import type { Store } from '../store/store';
import { refuseStale } from '../store/stale';
import type { Handlers } from './types';

function readParticipant(store: Store, workshopId: string, id: string): Participant {
  const row = store.rows.get('participants', { id });
  if (!row || row.workshop_id !== workshopId) throw new CallFailure('not_found', `No participant ${id} in this workshop.`);
  return participantFromRow(row);
}

export const participantHandlers: Pick<Handlers, 'participant.create' | 'participant.update' | 'participant.delete'> = {
  'participant.create': ({ workshopId, participant }, { store }) =>
    store.mutate(workshopId, 'participant.create', null, (edit) => {
      const created: Participant = {
        id: store.newId(),
        workshopId,
        name: participant.name,
        department: participant.department ?? '',
        role: participant.role ?? '',
        stance: participant.stance ?? 'neutral',
        createdAt: store.now(),
      };
      edit.put('participants', participantToRow(created));
      return created;
    }),
  'participant.update': ({ workshopId, participantId, patch, expected }, { store }) =>
    store.mutate(workshopId, 'participant.update', `participant:${participantId}:${Object.keys(patch).sort().join(',')}`, (edit) => {
      const current = readParticipant(store, workshopId, participantId);
      refuseStale({ en: 'This participant was changed', fr: 'Ce participant a été modifié' }, current, expected);
      const next = { ...current, ...patch };
      edit.put('participants', participantToRow(next));
      return next;
    }),
  'participant.delete': ({ workshopId, participantId }, { store }) =>
    store.mutate(workshopId, 'participant.delete', null, (edit) => {
      readParticipant(store, workshopId, participantId);
      // Their votes go explicitly (not by cascade) so that undo brings them back too.
      for (const v of store.rows.all('SELECT id FROM votes WHERE participant_id = ?', [participantId]))
        edit.remove('votes', { id: String(v.id) });
      edit.remove('participants', { id: participantId });
      return { participantId };
    }),
};
