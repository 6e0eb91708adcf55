// Library calls: listing workshops with their progress, with search and the trash.
import { STEP_IDS } from '../../../shared/model';
import { workshopFromRow } from '../store/mappers';
import type { Handlers } from './types';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const libraryHandlers: Pick<Handlers, 'library.list'> = {
  'library.list': ({ query, trash }, { store }) => {
    const like = `%${escapeLike(query.trim().toLowerCase())}%`;
    const rows = store.rows.all(
      `SELECT w.*,
         (SELECT count(*) FROM cards c WHERE c.workshop_id = w.id) AS card_count,
         (SELECT count(*) FROM (SELECT step FROM cards WHERE workshop_id = w.id
                                UNION SELECT step FROM answers WHERE workshop_id = w.id)) AS steps_touched
       FROM workshops w
       WHERE (w.deleted_at IS NULL) = @active
         AND (lower(w.title) LIKE @like ESCAPE '\\' OR lower(w.organisation) LIKE @like ESCAPE '\\'
              OR lower(w.sector) LIKE @like ESCAPE '\\')
       ORDER BY w.updated_at DESC`,
      { active: trash ? 0 : 1, like },
    );
    return rows.map((r) => ({
      ...workshopFromRow(r),
      cardCount: Number(r.card_count),
      progress: Math.min(1, Number(r.steps_touched) / STEP_IDS.length),
    }));
  },
};
