// Export of a workshop as a .socle file, and its import as a new workshop: validated fully, then all or nothing.
import { CallFailure } from '../../../shared/api';
import { fieldIssues, linkProblem, type Workshop, type WorkshopData } from '../../../shared/model';
import { answerToRow, cardToRow, linkToRow, participantToRow, workshopToRow } from '../store/mappers';
import type { Store } from '../store/store';
import { LIMITS, WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, WorkshopFile } from './workshop-schema';

export function workshopFileOf(data: Omit<WorkshopData, 'history'>, appVersion: string, now: number): WorkshopFile {
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
  };
}

export function renderWorkshopFile(data: Omit<WorkshopData, 'history'>, appVersion: string, now: number): string {
  return `${JSON.stringify(workshopFileOf(data, appVersion, now), null, 1)}\n`;
}

type Problem = { path: string; message: string };

function refuse(fileName: string, problems: Problem[]): never {
  const shown = problems.slice(0, 3).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
  throw new CallFailure('invalid_input', `"${fileName}" cannot be imported, nothing was changed. ${shown.join('; ')}${more}.`);
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it (strings skipped). */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
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
  if (jsonDepth(text, LIMITS.depth) > LIMITS.depth) refuse(fileName, [{ path: '', message: `the data is nested more than ${LIMITS.depth} levels deep` }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    refuse(fileName, [{ path: '', message: `it is not valid JSON, the file may be truncated or damaged (${error instanceof Error ? error.message : String(error)})` }]);
  }
  const head = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!head || head.format !== WORKSHOP_FILE_FORMAT) refuse(fileName, [{ path: 'format', message: `this is not a Socle workshop file (expected "format": "${WORKSHOP_FILE_FORMAT}")` }]);
  const version = head.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > WORKSHOP_FILE_VERSION) {
    refuse(fileName, [{ path: 'version', message: `it was made by a newer Socle (file version ${version}, this Socle reads version ${WORKSHOP_FILE_VERSION}); update Socle to open it` }]);
  }
  const parsed = WorkshopFile.safeParse(raw);
  if (!parsed.success) refuse(fileName, parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  const file = parsed.data;
  const problems = consistency(file);
  if (problems.length) refuse(fileName, problems);
  return file;
}

/** What a schema cannot see: duplicate ids, links to missing cards or between the wrong kinds, fields that do not fit. */
function consistency(file: WorkshopFile): Problem[] {
  const problems: Problem[] = [];
  const unique = (items: { id: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((x, i) => {
      if (seen.has(x.id)) problems.push({ path: `${path}.${i}.id`, message: `the id "${x.id}" appears twice` });
      seen.add(x.id);
    });
  };
  unique(file.cards, 'cards');
  unique(file.links, 'links');
  unique(file.participants, 'participants');
  const questions = new Set<string>();
  file.answers.forEach((a, i) => {
    if (questions.has(a.question)) problems.push({ path: `answers.${i}.question`, message: `the question "${a.question}" is answered twice` });
    questions.add(a.question);
  });
  file.cards.forEach((c, i) => {
    for (const issue of fieldIssues(c.kind, c.fields)) problems.push({ path: `cards.${i}.${issue.path}`, message: issue.message });
  });
  const cards = new Map(file.cards.map((c) => [c.id, c]));
  const pairs = new Set<string>();
  file.links.forEach((l, i) => {
    const from = cards.get(l.fromCard);
    const to = cards.get(l.toCard);
    if (!from) problems.push({ path: `links.${i}.fromCard`, message: `the link starts at card "${l.fromCard}", which is not in the file` });
    if (!to) problems.push({ path: `links.${i}.toCard`, message: `the link ends at card "${l.toCard}", which is not in the file` });
    if (!from || !to) return;
    const why = linkProblem(l.kind, from, to);
    if (why) problems.push({ path: `links.${i}.kind`, message: `a "${l.kind}" link cannot go from a ${from.kind} card to a ${to.kind} card (${why})` });
    const key = `${l.kind}|${l.fromCard}|${l.toCard}`;
    if (pairs.has(key)) problems.push({ path: `links.${i}`, message: 'the same link appears twice' });
    pairs.add(key);
  });
  return problems;
}

/** Imports the file as a new workshop with fresh ids, in one transaction: all of it or nothing. */
export function importWorkshopFile(store: Store, text: string, fileName: string): Workshop {
  const file = readWorkshopFile(text, fileName);
  return store.transaction(() => {
    const now = store.now();
    const workshop: Workshop = { ...file.workshop, id: store.newId(), createdAt: now, updatedAt: now, deletedAt: null };
    store.rows.put('workshops', workshopToRow(workshop));
    const ids = new Map<string, string>();
    for (const c of file.cards) {
      const id = store.newId();
      ids.set(c.id, id);
      store.rows.put('cards', cardToRow({ ...c, id, workshopId: workshop.id }));
    }
    for (const l of file.links) {
      store.rows.put('links', linkToRow({ ...l, id: store.newId(), workshopId: workshop.id, fromCard: ids.get(l.fromCard)!, toCard: ids.get(l.toCard)! }));
    }
    for (const p of file.participants) store.rows.put('participants', participantToRow({ ...p, id: store.newId(), workshopId: workshop.id }));
    for (const a of file.answers) store.rows.put('answers', answerToRow({ ...a, workshopId: workshop.id }));
    return workshop;
  });
}
