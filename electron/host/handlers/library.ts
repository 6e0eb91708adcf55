// Library calls: listing workshops with their progress (the catalogue's completion rule), search, the trash.
import { workshopProgress } from '../../../shared/catalogue/completion';
import type { AnswerValue } from '../../../shared/model';
import { UNFINISHED } from '../db/unfinished-imports';
import { workshopFromRow } from '../store/mappers';
import type { Handlers } from './types';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const libraryHandlers: Pick<Handlers, 'library.list'> = {
  'library.list': ({ query, trash }, { store }) => {
    const like = `%${escapeLike(query.trim().toLowerCase())}%`;
    const rows = store.rows.all(
      `SELECT w.* FROM workshops w
       WHERE (w.deleted_at IS NULL) = @active AND NOT ${UNFINISHED}
         AND (lower(w.title) LIKE @like ESCAPE '\\' OR lower(w.organisation) LIKE @like ESCAPE '\\'
              OR lower(w.sector) LIKE @like ESCAPE '\\')
       ORDER BY w.updated_at DESC`,
      { active: trash ? 0 : 1, like },
    );
    return rows.map((r) => {
      const by = { id: String(r.id) };
      // Only what completion reads: each card's step and kind, each answer's question and value.
      const cards = store.rows
        .all('SELECT step, kind FROM cards WHERE workshop_id = @id', by)
        .map((c) => ({ step: String(c.step), kind: String(c.kind) }));
      const answers = store.rows
        .all('SELECT question, value FROM answers WHERE workshop_id = @id', by)
        .map((a) => ({ question: String(a.question), value: JSON.parse(String(a.value)) as AnswerValue }));
      return { ...workshopFromRow(r), cardCount: cards.length, progress: workshopProgress(answers, cards) };
    });
  },
};
