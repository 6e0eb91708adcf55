// A checked .socle file turned into the rows its import writes, with fresh ids, in parts small enough that writing one
// holds the library for a few milliseconds. No database here: a job worker does this work off the host's thread.
import type { Workshop } from '../../../shared/model';
import { agendaToRow, parkingToRow, roundToRow } from '../store/facilitation-rows';
import { answerToRow, cardToRow, linkToRow, participantToRow } from '../store/mappers';
import { pick } from '../store/rows';
import { TABLES, type Row, type TableName } from '../store/tables';
import { readWorkshopFile } from './workshop-file';
import type { WorkshopFile } from './workshop-schema';

/** Rows of one table, as JSON text: the writer parses one part at a time, so no step of it is long. */
export interface ImportPart {
  table: TableName;
  json: string;
}

export interface ImportPlan {
  /** The new workshop; its row is written first and shown in the library only once every part is in. */
  workshop: Workshop;
  parts: ImportPart[];
  rows: number;
}

/** Rows per part: a few hundred parse and insert in a few milliseconds. */
export const PART_ROWS = 250;

/** The rows of a file that passed every check, in an order their references allow (cards before links and votes). */
export function planImport(file: WorkshopFile, now: number, newId: () => string): ImportPlan {
  const workshop: Workshop = { ...file.workshop, id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
  const workshopId = workshop.id;
  const fresh = (ids: Map<string, string>, old: string) => {
    const id = newId();
    ids.set(old, id);
    return id;
  };
  const cards = new Map<string, string>();
  const people = new Map<string, string>();
  const rounds = new Map<string, string>();
  const tables: [TableName, Row[]][] = [
    ['cards', file.cards.map((c) => cardToRow({ ...c, id: fresh(cards, c.id), workshopId }))],
    ['participants', file.participants.map((p) => participantToRow({ ...p, id: fresh(people, p.id), workshopId }))],
    ['vote_rounds', file.voteRounds.map((r) => roundToRow({ ...r, id: fresh(rounds, r.id), workshopId }))],
    [
      'links',
      file.links.map((l) => linkToRow({ ...l, id: newId(), workshopId, fromCard: cards.get(l.fromCard)!, toCard: cards.get(l.toCard)! })),
    ],
    ['answers', file.answers.map((a) => answerToRow({ ...a, workshopId }))],
    ['agenda', file.agenda.map((a) => agendaToRow(workshopId, { ...a, spentMs: 0, runningSince: null }))],
    ['parking', file.parking.map((p) => parkingToRow({ ...p, id: newId(), workshopId }))],
    [
      'votes',
      file.votes.map((v) => ({
        id: newId(),
        workshop_id: workshopId,
        round_id: rounds.get(v.roundId)!,
        card_id: cards.get(v.cardId)!,
        participant_id: v.participantId === null ? null : people.get(v.participantId)!,
        created_at: v.createdAt,
      })),
    ],
    [
      'accepted_findings',
      file.accepted.map((a) => ({
        workshop_id: workshopId,
        rule_id: a.ruleId,
        card_key:
          a.cardKey === ''
            ? ''
            : a.cardKey
                .split(',')
                .map((id) => cards.get(id)!)
                .sort()
                .join(','),
        reason: a.reason,
        accepted_at: a.acceptedAt,
      })),
    ],
  ];
  const parts: ImportPart[] = [];
  let rows = 0;
  for (const [table, all] of tables) {
    rows += all.length;
    for (let i = 0; i < all.length; i += PART_ROWS) {
      const slice = all.slice(i, i + PART_ROWS).map((r) => pick(r, TABLES[table].columns));
      parts.push({ table, json: JSON.stringify(slice) });
    }
  }
  return { workshop, parts, rows };
}

/**
 * Everything an import does before it writes: the file is checked (a bad one is refused, nothing changed), then
 * `backup` copies the library, then the rows are laid out. A job worker runs it, or the host's thread without a pool.
 */
export function prepareImport(text: string, fileName: string, now: number, newId: () => string, backup: () => void): ImportPlan {
  const file = readWorkshopFile(text, fileName);
  backup();
  return planImport(file, now, newId);
}
