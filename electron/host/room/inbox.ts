// The room's inbox in the library: ideas a phone was told are received, until the facilitator accepts, merges or discards them.
import { CallFailure, type InboxIdea } from '../../../shared/api';
import type { StepId } from '../../../shared/model';
import type { Edit } from '../store/journal';
import type { Store } from '../store/store';
import type { Row } from '../store/tables';

export interface StoredIdea extends InboxIdea {
  workshopId: string;
}

const toRow = (idea: StoredIdea): Row => ({
  id: idea.id,
  workshop_id: idea.workshopId,
  step: idea.step,
  text: idea.text,
  author: idea.author,
  created_at: idea.at,
});

const fromRow = (row: Row): StoredIdea => ({
  id: String(row.id),
  workshopId: String(row.workshop_id),
  step: String(row.step) as StepId,
  text: String(row.text),
  author: row.author === null ? null : String(row.author),
  at: Number(row.created_at),
});

/** Stores an idea before the phone hears it arrived: a committed row, not journaled (it is not the facilitator's edit). */
export function postIdea(store: Store, idea: StoredIdea): void {
  store.transaction(() => store.rows.put('inbox', toRow(idea)));
}

/** The ideas waiting in a workshop's inbox, oldest first. */
export function pendingIdeas(store: Store, workshopId: string): InboxIdea[] {
  return store.rows.all('SELECT * FROM inbox WHERE workshop_id = ? ORDER BY created_at, rowid', [workshopId]).map((row) => {
    const { workshopId: _w, ...idea } = fromRow(row);
    return idea;
  });
}

export const pendingCount = (store: Store, workshopId: string): number =>
  Number(store.rows.all('SELECT count(*) AS n FROM inbox WHERE workshop_id = ?', [workshopId])[0]?.n ?? 0);

/** The idea, in this workshop when one is named, or a not_found failure. */
export function readIdea(store: Store, workshopId: string | null, ideaId: string): StoredIdea {
  const row = store.rows.get('inbox', { id: ideaId });
  if (!row || (workshopId !== null && row.workshop_id !== workshopId))
    throw new CallFailure('not_found', 'This idea is no longer in the inbox.', 'Cette idée n’est plus dans la boîte.');
  return fromRow(row);
}

/** Takes the idea out within an edit, so that undoing the edit puts it back in the inbox. */
export const takeIdea = (edit: Edit, idea: StoredIdea): boolean => edit.remove('inbox', { id: idea.id });
