// Export of a workshop as a .socle file, and its import as a new workshop: validated fully, then all or nothing.
import { CallFailure } from '../../../shared/api';
import { STEPS } from '../../../shared/catalogue/steps';
import type { Workshop, WorkshopData } from '../../../shared/model';
import { agendaToRow, parkingToRow, roundToRow } from '../store/facilitation-rows';
import { answerToRow, cardToRow, linkToRow, participantToRow, workshopToRow } from '../store/mappers';
import type { Store } from '../store/store';
import { consistency, type Problem } from './workshop-check';
import { LIMITS, WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, WorkshopFile, type WorkshopFileInput } from './workshop-schema';

export type WorkshopSource = Omit<WorkshopData, 'history'>;

/** The library stores an agenda only once the group changes it; an untouched one keeps following the catalogue. */
function customAgenda(data: WorkshopSource): boolean {
  return data.agenda.some((e) => {
    const i = STEPS.findIndex((s) => s.id === e.step);
    return e.position !== i || e.skipped || e.timeboxMinutes !== STEPS[i]?.timeboxMinutes;
  });
}

export function workshopFileOf(data: WorkshopSource, appVersion: string, now: number): WorkshopFileInput {
  const { title, organisation, sector, date, language, template } = data.workshop;
  const drop = <T extends { workshopId: string }>({ workshopId: _, ...rest }: T) => rest;
  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    app: { name: 'Socle', version: appVersion.slice(0, 40) },
    workshop: { title: title || '—', organisation, sector, date, language, template },
    cards: data.cards.map(drop),
    links: data.links.map(drop),
    participants: data.participants.map(drop),
    answers: data.answers.map(drop),
    agenda: customAgenda(data)
      ? data.agenda.map(({ step, position, timeboxMinutes, skipped }) => ({ step, position, timeboxMinutes, skipped }))
      : [],
    parking: data.parking.map(drop),
    voteRounds: data.voteRounds.map(drop),
    votes: data.votes,
    accepted: data.accepted,
  };
}

export function renderWorkshopFile(data: WorkshopSource, appVersion: string, now: number): string {
  return `${JSON.stringify(workshopFileOf(data, appVersion, now), null, 1)}\n`;
}

function refuse(fileName: string, problems: Problem[]): never {
  const shown = problems.slice(0, 3).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
  throw new CallFailure('invalid_input', `Cannot import "${fileName}": ${shown.join('; ')}${more}. Nothing was changed.`);
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it (strings skipped). */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max && (max = depth) > stopAt) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Parses and checks a workshop file; every problem is reported with its path, nothing is written. */
export function readWorkshopFile(text: string, fileName = 'the file'): WorkshopFile {
  if (text.length > LIMITS.bytes || new TextEncoder().encode(text).length > LIMITS.bytes) {
    refuse(fileName, [{ path: '', message: `the file is larger than ${LIMITS.bytes / 1024 / 1024} MB` }]);
  }
  // Counted before parsing, so that a file nested thousands of levels deep never reaches the parser.
  if (jsonDepth(text, LIMITS.depth) > LIMITS.depth)
    refuse(fileName, [{ path: '', message: `the data is nested more than ${LIMITS.depth} levels deep` }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    refuse(fileName, [
      {
        path: '',
        message: `it is not valid JSON, the file may be truncated or damaged (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
  }
  const head = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!head || head.format !== WORKSHOP_FILE_FORMAT)
    refuse(fileName, [{ path: 'format', message: `this is not a Socle workshop file (expected "format": "${WORKSHOP_FILE_FORMAT}")` }]);
  const version = head.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > WORKSHOP_FILE_VERSION) {
    refuse(fileName, [
      {
        path: 'version',
        message: `it was made by a newer Socle (file version ${version}, this Socle reads version ${WORKSHOP_FILE_VERSION}); update Socle to open it`,
      },
    ]);
  }
  const parsed = WorkshopFile.safeParse(raw);
  if (!parsed.success)
    refuse(
      fileName,
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  const problems = consistency(parsed.data);
  if (problems.length) refuse(fileName, problems);
  return parsed.data;
}

/** Imports the file as a new workshop with fresh ids, in one transaction: all of it or nothing. */
export function importWorkshopFile(store: Store, text: string, fileName: string, beforeWrite: () => void = () => {}): Workshop {
  const file = readWorkshopFile(text, fileName);
  // Only a file that passed every check reaches the library, after the caller's backup.
  beforeWrite();
  return store.transaction(() => {
    const now = store.now();
    const workshop: Workshop = { ...file.workshop, id: store.newId(), createdAt: now, updatedAt: now, deletedAt: null };
    const workshopId = workshop.id;
    store.rows.put('workshops', workshopToRow(workshop));
    const fresh = (ids: Map<string, string>, old: string) => {
      const id = store.newId();
      ids.set(old, id);
      return id;
    };
    const cards = new Map<string, string>();
    const people = new Map<string, string>();
    const rounds = new Map<string, string>();
    for (const c of file.cards) store.rows.put('cards', cardToRow({ ...c, id: fresh(cards, c.id), workshopId }));
    for (const l of file.links)
      store.rows.put(
        'links',
        linkToRow({ ...l, id: store.newId(), workshopId, fromCard: cards.get(l.fromCard)!, toCard: cards.get(l.toCard)! }),
      );
    for (const p of file.participants) store.rows.put('participants', participantToRow({ ...p, id: fresh(people, p.id), workshopId }));
    for (const a of file.answers) store.rows.put('answers', answerToRow({ ...a, workshopId }));
    for (const a of file.agenda) store.rows.put('agenda', agendaToRow(workshopId, { ...a, spentMs: 0, runningSince: null }));
    for (const p of file.parking) store.rows.put('parking', parkingToRow({ ...p, id: store.newId(), workshopId }));
    for (const r of file.voteRounds) store.rows.put('vote_rounds', roundToRow({ ...r, id: fresh(rounds, r.id), workshopId }));
    for (const v of file.votes) {
      const participant = v.participantId === null ? null : people.get(v.participantId)!;
      store.rows.put('votes', {
        id: store.newId(),
        workshop_id: workshopId,
        round_id: rounds.get(v.roundId)!,
        card_id: cards.get(v.cardId)!,
        participant_id: participant,
        created_at: v.createdAt,
      });
    }
    for (const a of file.accepted) {
      const key =
        a.cardKey === ''
          ? ''
          : a.cardKey
              .split(',')
              .map((id) => cards.get(id)!)
              .sort()
              .join(',');
      store.rows.put('accepted_findings', {
        workshop_id: workshopId,
        rule_id: a.ruleId,
        card_key: key,
        reason: a.reason,
        accepted_at: a.acceptedAt,
      });
    }
    return workshop;
  });
}
