// Link calls: only links that make sense between the two cards' kinds are accepted.
import { CallFailure } from '../../../shared/api';
import { linkProblem, type Link } from '../../../shared/model';
import type { Text } from '../../../shared/text';
import { linkToRow } from '../store/mappers';
import { readCard } from './cards';
import type { Handlers } from './types';

const REASONS = {
  from_kind: (kind: string, from: string): Text => ({
    en: `A "${kind}" link cannot start from a ${from} card.`,
    fr: `Un lien « ${kind} » ne peut pas partir d’une carte ${from}.`,
  }),
  to_kind: (kind: string, to: string): Text => ({
    en: `A "${kind}" link cannot end on a ${to} card.`,
    fr: `Un lien « ${kind} » ne peut pas arriver sur une carte ${to}.`,
  }),
  not_a_threat: (): Text => ({
    en: 'Only a threat can be mitigated; move the card to the Threats quadrant first.',
    fr: 'Seule une menace peut être atténuée : placez d’abord la carte dans le quadrant Menaces.',
  }),
};

export const linkHandlers: Pick<Handlers, 'link.create' | 'link.delete'> = {
  'link.create': ({ workshopId, kind, fromCard, toCard }, { store }) =>
    store.mutate(workshopId, 'link.create', null, (edit) => {
      if (fromCard === toCard)
        throw new CallFailure('conflict', { en: 'A card cannot be linked to itself.', fr: 'Une carte ne peut pas être liée à elle-même.' });
      const from = readCard(store, workshopId, fromCard);
      const to = readCard(store, workshopId, toCard);
      const problem = linkProblem(kind, from, to);
      if (problem === 'from_kind') throw new CallFailure('conflict', REASONS.from_kind(kind, from.kind));
      if (problem === 'to_kind') throw new CallFailure('conflict', REASONS.to_kind(kind, to.kind));
      if (problem) throw new CallFailure('conflict', REASONS[problem]());
      const existing = store.rows.all('SELECT id FROM links WHERE kind = ? AND from_card = ? AND to_card = ?', [kind, fromCard, toCard]);
      if (existing.length > 0)
        throw new CallFailure('conflict', {
          en: 'These two cards are already linked that way.',
          fr: 'Ces deux cartes sont déjà liées de cette façon.',
        });
      const link: Link = { id: store.newId(), workshopId, kind, fromCard, toCard, createdAt: store.now() };
      edit.put('links', linkToRow(link));
      return link;
    }),
  'link.delete': ({ workshopId, linkId }, { store }) =>
    store.mutate(workshopId, 'link.delete', null, (edit) => {
      const row = store.rows.get('links', { id: linkId });
      if (!row || row.workshop_id !== workshopId) throw new CallFailure('not_found', `No link ${linkId} in this workshop.`);
      edit.remove('links', { id: linkId });
      return { linkId };
    }),
};
