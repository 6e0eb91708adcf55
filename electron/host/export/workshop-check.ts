// What a schema cannot see in a workshop file: duplicate ids, references to missing cards, links between the wrong kinds, fields that do not fit.
import { fieldIssues, linkProblem } from '../../../shared/model';
import type { WorkshopFile } from './workshop-schema';

export type Problem = { path: string; message: string };

function unique<T>(
  items: readonly T[],
  key: (x: T) => string,
  path: (i: number) => string,
  what: (k: string) => string,
  problems: Problem[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    const k = key(x);
    if (seen.has(k)) problems.push({ path: path(i), message: what(k) });
    seen.add(k);
  });
  return seen;
}

const twice = (k: string) => `the id "${k}" appears twice`;

export function consistency(file: WorkshopFile): Problem[] {
  const problems: Problem[] = [];
  const cardIds = unique(
    file.cards,
    (c) => c.id,
    (i) => `cards.${i}.id`,
    twice,
    problems,
  );
  unique(
    file.links,
    (l) => l.id,
    (i) => `links.${i}.id`,
    twice,
    problems,
  );
  const participantIds = unique(
    file.participants,
    (p) => p.id,
    (i) => `participants.${i}.id`,
    twice,
    problems,
  );
  unique(
    file.answers,
    (a) => a.question,
    (i) => `answers.${i}.question`,
    (q) => `the question "${q}" is answered twice`,
    problems,
  );
  file.cards.forEach((c, i) => {
    for (const issue of fieldIssues(c.kind, c.fields)) problems.push({ path: `cards.${i}.${issue.path}`, message: issue.message });
  });
  const cards = new Map(file.cards.map((c) => [c.id, c]));
  unique(
    file.links,
    (l) => `${l.kind}|${l.fromCard}|${l.toCard}`,
    (i) => `links.${i}`,
    () => 'the same link appears twice',
    problems,
  );
  file.links.forEach((l, i) => {
    const from = cards.get(l.fromCard);
    const to = cards.get(l.toCard);
    if (!from) problems.push({ path: `links.${i}.fromCard`, message: `the link starts at card "${l.fromCard}", which is not in the file` });
    if (!to) problems.push({ path: `links.${i}.toCard`, message: `the link ends at card "${l.toCard}", which is not in the file` });
    const why = from && to ? linkProblem(l.kind, from, to) : null;
    if (why)
      problems.push({
        path: `links.${i}.kind`,
        message: `a "${l.kind}" link cannot go from a ${from!.kind} card to a ${to!.kind} card (${why})`,
      });
  });
  unique(
    file.agenda,
    (a) => a.step,
    (i) => `agenda.${i}.step`,
    (s) => `the step "${s}" is in the agenda twice`,
    problems,
  );
  unique(
    file.agenda,
    (a) => String(a.position),
    (i) => `agenda.${i}.position`,
    (p) => `two steps are at position ${p}`,
    problems,
  );
  unique(
    file.parking,
    (p) => p.id,
    (i) => `parking.${i}.id`,
    twice,
    problems,
  );
  const roundIds = unique(
    file.voteRounds,
    (r) => r.id,
    (i) => `voteRounds.${i}.id`,
    twice,
    problems,
  );
  unique(
    file.votes,
    (v) => v.id,
    (i) => `votes.${i}.id`,
    twice,
    problems,
  );
  file.votes.forEach((v, i) => {
    if (!roundIds.has(v.roundId))
      problems.push({ path: `votes.${i}.roundId`, message: `the vote belongs to round "${v.roundId}", which is not in the file` });
    if (!cardIds.has(v.cardId))
      problems.push({ path: `votes.${i}.cardId`, message: `the vote is for card "${v.cardId}", which is not in the file` });
    if (v.participantId !== null && !participantIds.has(v.participantId))
      problems.push({
        path: `votes.${i}.participantId`,
        message: `the vote is by participant "${v.participantId}", who is not in the file`,
      });
  });
  unique(
    file.accepted,
    (a) => `${a.ruleId}|${a.cardKey}`,
    (i) => `accepted.${i}`,
    () => 'the same finding is accepted twice',
    problems,
  );
  file.accepted.forEach((a, i) => {
    const missing = a.cardKey.split(',').filter((id) => id !== '' && !cardIds.has(id));
    if (missing.length)
      problems.push({
        path: `accepted.${i}.cardKey`,
        message: `the accepted finding names card "${missing[0]}", which is not in the file`,
      });
  });
  return problems;
}
