// Export of a workshop as a .socle file, and the checks an imported one must pass before anything is written.
import { CallFailure } from '../../../shared/api';
import { STEPS } from '../../../shared/catalogue/steps';
import type { WorkshopData } from '../../../shared/model';
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
