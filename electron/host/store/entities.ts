// A written row as the workshop's data holds it (a card, a vote…), for the windows that apply changes row by row.
import type { RowChange } from '../../../shared/api';
import type { Touched } from './rows';
import { acceptedFromRow, parkingFromRow, roundFromRow, voteFromRow } from './facilitation-rows';
import { answerFromRow, cardFromRow, linkFromRow, participantFromRow, workshopFromRow } from './mappers';
import type { Row, TableName } from './tables';

type Entity = Record<string, unknown>;

/** Tables whose rows are whole entities; the agenda is not (its entries also carry the step timer). */
const ENTITIES: Partial<Record<TableName, (row: Row) => object>> = {
  workshops: workshopFromRow,
  cards: cardFromRow,
  links: linkFromRow,
  participants: participantFromRow,
  answers: answerFromRow,
  parking: parkingFromRow,
  vote_rounds: roundFromRow,
  votes: voteFromRow,
  accepted_findings: acceptedFromRow,
};

/** The rows a call wrote with their new values; a row without a value tells the window to read the workshop again. */
export function rowChanges(touched: readonly Touched[]): RowChange[] {
  // The inbox is not the workshop's data: windows get it with the room's state.
  return touched.flatMap(({ table, key, removed, row }): RowChange[] => {
    if (table === 'inbox') return [];
    const entity = row ? ENTITIES[table]?.(row) : undefined;
    return [entity ? { table, key, removed, value: entity as Entity } : { table, key, removed }];
  });
}
