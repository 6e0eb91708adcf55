// Rows <-> entities for the facilitation tables, and the agenda as the room sees it (catalogue defaults + overrides).
import { completeOrder, stepById } from '../../../shared/catalogue/steps';
import type { AcceptedFinding, AgendaEntry, ParkingItem, StepId, Vote, VoteRound } from '../../../shared/model';
import type { Rows } from './rows';
import type { Row } from './tables';

export const parkingFromRow = (r: Row): ParkingItem => ({
  id: String(r.id),
  workshopId: String(r.workshop_id),
  step: String(r.step) as StepId,
  text: String(r.text),
  done: r.done === 1,
  createdAt: Number(r.created_at),
});

export const parkingToRow = (p: ParkingItem): Row => ({
  id: p.id,
  workshop_id: p.workshopId,
  step: p.step,
  text: p.text,
  done: p.done ? 1 : 0,
  created_at: p.createdAt,
});

export const roundFromRow = (r: Row): VoteRound => ({
  id: String(r.id),
  workshopId: String(r.workshop_id),
  step: String(r.step) as StepId,
  votesPerParticipant: Number(r.votes_per_participant),
  anonymous: r.anonymous === 1,
  status: r.status === 'closed' ? 'closed' : 'open',
  createdAt: Number(r.created_at),
});

export const roundToRow = (v: VoteRound): Row => ({
  id: v.id,
  workshop_id: v.workshopId,
  step: v.step,
  votes_per_participant: v.votesPerParticipant,
  anonymous: v.anonymous ? 1 : 0,
  status: v.status,
  created_at: v.createdAt,
});

export const voteFromRow = (r: Row): Vote => ({
  id: String(r.id),
  roundId: String(r.round_id),
  cardId: String(r.card_id),
  participantId: r.participant_id === null || r.participant_id === undefined ? null : String(r.participant_id),
  createdAt: Number(r.created_at),
});

export const acceptedFromRow = (r: Row): AcceptedFinding => ({
  ruleId: String(r.rule_id),
  cardKey: String(r.card_key),
  reason: String(r.reason),
  acceptedAt: Number(r.accepted_at),
});

/** The steps in the workshop's order, with its timeboxes and skips over the catalogue's defaults; a step added since the save takes its catalogue place. */
export function readAgenda(rows: Rows, workshopId: string, now: number): AgendaEntry[] {
  const by = { id: workshopId };
  const savedRows = rows.all('SELECT * FROM agenda WHERE workshop_id = @id ORDER BY position, step', by);
  const saved = new Map(savedRows.map((r) => [String(r.step), r]));
  const time = new Map(rows.all('SELECT * FROM step_time WHERE workshop_id = @id', by).map((r) => [String(r.step), r]));
  return completeOrder(savedRows.map((r) => String(r.step))).map((id, position) => {
    const s = stepById(id)!;
    const row = saved.get(id);
    const t = time.get(id);
    const runningSince = t?.running_since == null ? null : Number(t.running_since);
    return {
      step: id,
      position,
      timeboxMinutes: row ? Number(row.timebox_minutes) : s.timeboxMinutes,
      skipped: row ? row.skipped === 1 : false,
      spentMs: Number(t?.spent_ms ?? 0) + (runningSince === null ? 0 : Math.max(0, now - runningSince)),
      runningSince,
    };
  });
}

export const agendaToRow = (workshopId: string, e: AgendaEntry): Row => ({
  workshop_id: workshopId,
  step: e.step,
  position: e.position,
  timebox_minutes: e.timeboxMinutes,
  skipped: e.skipped ? 1 : 0,
});
