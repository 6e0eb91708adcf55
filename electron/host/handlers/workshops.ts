// Workshop calls: create (blank or from a template), read, rename, duplicate, trash and restore.
import { CallFailure } from '../../../shared/api';
import type { Workshop } from '../../../shared/model';
import { answerFromRow, cardFromRow, linkFromRow, participantFromRow, workshopToRow } from '../store/mappers';
import { acceptedFromRow, parkingFromRow, readAgenda, roundFromRow, voteFromRow } from '../store/facilitation-rows';
import type { Store } from '../store/store';
import { copyWorkshopContent, applySeed } from './seeding';
import { refuseStale } from '../store/stale';
import type { Handlers } from './types';

export function readWorkshop(store: Store, workshopId: string) {
  const workshop = store.workshop(workshopId);
  const by = { id: workshopId };
  return {
    workshop,
    cards: store.rows.all('SELECT * FROM cards WHERE workshop_id = @id ORDER BY created_at, rowid', by).map(cardFromRow),
    links: store.rows.all('SELECT * FROM links WHERE workshop_id = @id ORDER BY created_at, rowid', by).map(linkFromRow),
    participants: store.rows
      .all('SELECT * FROM participants WHERE workshop_id = @id ORDER BY created_at, rowid', by)
      .map(participantFromRow),
    answers: store.rows.all('SELECT * FROM answers WHERE workshop_id = @id ORDER BY question', by).map(answerFromRow),
    agenda: readAgenda(store.rows, workshopId, store.now()),
    parking: store.rows.all('SELECT * FROM parking WHERE workshop_id = @id ORDER BY created_at, rowid', by).map(parkingFromRow),
    voteRounds: store.rows.all('SELECT * FROM vote_rounds WHERE workshop_id = @id ORDER BY created_at, rowid', by).map(roundFromRow),
    votes: store.rows.all('SELECT * FROM votes WHERE workshop_id = @id ORDER BY created_at, rowid', by).map(voteFromRow),
    accepted: store.rows.all('SELECT * FROM accepted_findings WHERE workshop_id = @id ORDER BY accepted_at', by).map(acceptedFromRow),
    history: store.history(workshopId),
  };
}

function setDeleted(store: Store, workshopId: string, deletedAt: number | null): Workshop {
  return store.transaction(() => {
    const current = store.workshop(workshopId, { allowDeleted: true });
    if ((current.deletedAt !== null) === (deletedAt !== null)) {
      throw new CallFailure('conflict', {
        en: deletedAt ? 'That workshop is already in the trash.' : 'That workshop is not in the trash.',
        fr: deletedAt ? 'Cet atelier est déjà dans la corbeille.' : 'Cet atelier n’est pas dans la corbeille.',
      });
    }
    const next = { ...current, deletedAt };
    store.rows.put('workshops', workshopToRow(next));
    return next;
  });
}

export const workshopHandlers: Pick<
  Handlers,
  'workshop.create' | 'workshop.get' | 'workshop.update' | 'workshop.duplicate' | 'workshop.delete' | 'workshop.restore' | 'workshop.purge'
> = {
  'workshop.create': (args, ctx) => {
    const { store } = ctx;
    const seed = args.template ? ctx.seed(args.template, args.language) : null;
    if (args.template && !seed)
      throw new CallFailure('invalid_input', { en: `Unknown template "${args.template}".`, fr: `Modèle inconnu : « ${args.template} ».` });
    const now = store.now();
    const workshop: Workshop = {
      id: store.newId(),
      title: args.title,
      organisation: args.organisation || seed?.organisation || '',
      sector: args.sector || seed?.sector || '',
      date: args.date,
      language: args.language,
      template: args.template,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    return store.transaction(() => {
      store.rows.put('workshops', workshopToRow(workshop));
      if (seed) applySeed(store, workshop.id, seed);
      return workshop;
    });
  },
  'workshop.get': ({ workshopId }, { store }) => readWorkshop(store, workshopId),
  'workshop.update': ({ workshopId, patch, expected }, { store }) =>
    store.mutate(workshopId, 'workshop.update', `workshop:${workshopId}:${Object.keys(patch).sort().join(',')}`, (edit) => {
      const current = store.workshop(workshopId);
      refuseStale({ en: 'The workshop’s settings were changed', fr: 'Les réglages de l’atelier ont été modifiés' }, current, expected);
      const next = { ...current, ...patch, updatedAt: store.now() };
      edit.put('workshops', workshopToRow(next));
      return next;
    }),
  'workshop.duplicate': ({ workshopId, title }, { store }) =>
    store.transaction(() => {
      const source = store.workshop(workshopId);
      const now = store.now();
      const copy: Workshop = { ...source, id: store.newId(), title: title ?? `${source.title} (2)`, createdAt: now, updatedAt: now };
      store.rows.put('workshops', workshopToRow(copy));
      copyWorkshopContent(store, source.id, copy.id);
      return copy;
    }),
  'workshop.delete': ({ workshopId }, { store }) => setDeleted(store, workshopId, store.now()),
  'workshop.restore': ({ workshopId }, { store }) => setDeleted(store, workshopId, null),
  'workshop.purge': ({ workshopId }, { store }) =>
    store.transaction(() => {
      const current = store.workshop(workshopId, { allowDeleted: true });
      if (current.deletedAt === null)
        throw new CallFailure('conflict', {
          en: 'Only a workshop in the trash can be deleted for good.',
          fr: 'Seul un atelier dans la corbeille peut être supprimé définitivement.',
        });
      store.rows.run('DELETE FROM workshops WHERE id = ?', [workshopId]);
      return { purged: true as const };
    }),
};
