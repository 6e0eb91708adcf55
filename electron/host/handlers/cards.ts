// Card calls: create, update (with typing coalesced into one undo step) and delete with its links.
import { CallFailure } from '../../../shared/api';
import { CardDraft, fieldIssues, type Card } from '../../../shared/model';
import { cardFromRow, cardToRow } from '../store/mappers';
import type { Store } from '../store/store';
import { refuseStale } from '../store/stale';
import type { Handlers } from './types';

const CARD = { en: 'This card was changed', fr: 'Cette carte a été modifiée' };

export function readCard(store: Store, workshopId: string, cardId: string): Card {
  const row = store.rows.get('cards', { id: cardId });
  if (!row || row.workshop_id !== workshopId) throw new CallFailure('not_found', `No card ${cardId} in this workshop.`);
  return cardFromRow(row);
}

/** Refuses fields that do not fit the card's kind, with the first problem as the message. */
function checkFields(card: Pick<Card, 'kind' | 'fields'>): void {
  const issues = fieldIssues(card.kind, card.fields);
  const first = issues[0];
  if (first) throw new CallFailure('invalid_input', `${first.path}: ${first.message}`);
}

export const cardHandlers: Pick<Handlers, 'card.create' | 'card.update' | 'card.delete'> = {
  'card.create': ({ workshopId, card, coalesce }, { store }) =>
    store.mutate(workshopId, 'card.create', coalesce ? `cards:${coalesce}` : null, (edit) => {
      const now = store.now();
      const draft = CardDraft.parse(card);
      checkFields(draft);
      const created: Card = { ...draft, id: store.newId(), workshopId, createdAt: now, updatedAt: now };
      edit.put('cards', cardToRow(created));
      return created;
    }),
  'card.update': ({ workshopId, cardId, patch, expected, coalesce }, { store }) =>
    store.mutate(workshopId, 'card.update', coalesce ? `card:${cardId}:${coalesce}` : null, (edit) => {
      const current = readCard(store, workshopId, cardId);
      refuseStale(CARD, current, expected);
      // Only the fields sent change: another window's edit of another field of the same card stays.
      const fields = patch.fields ? { ...current.fields, ...patch.fields } : current.fields;
      const next: Card = { ...current, ...patch, fields, updatedAt: store.now() };
      if (patch.fields || patch.kind) checkFields(next);
      edit.put('cards', cardToRow(next));
      return next;
    }),
  'card.delete': ({ workshopId, cardId }, { store }) =>
    store.mutate(workshopId, 'card.delete', null, (edit) => {
      readCard(store, workshopId, cardId);
      // Links go first and explicitly, so that undo restores them (a cascade would not be journaled).
      const links = store.rows.all('SELECT id FROM links WHERE from_card = @id OR to_card = @id', { id: cardId });
      const linkIds = links.map((l) => String(l.id));
      for (const id of linkIds) edit.remove('links', { id });
      for (const v of store.rows.all('SELECT id FROM votes WHERE card_id = ?', [cardId])) edit.remove('votes', { id: String(v.id) });
      edit.remove('cards', { id: cardId });
      return { cardId, linkIds };
    }),
};
