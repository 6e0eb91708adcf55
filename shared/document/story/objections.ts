// The objections raised in the room, each with its answer: the group's own, else one built from the workshop's figures.
import { OBJECTIONS } from '../../catalogue/objections';
import type { ObjectionId } from '../../catalogue/types';
import type { Language } from '../../model';
import { answerText } from '../answers';
import { nameOf } from '../blocks/common';
import { str, type Facts } from '../facts';
import { clip, formatHours, formatMoney, joinList } from '../format';
import { tr } from '../text';
import { STORY } from '../text/story';
import { dueBy, runner } from './asks';
import { yearlyBudget } from './case';

export interface RaisedObjection {
  statement: string;
  raisedBy?: string;
  answer: string;
}

/** The room's facts that answer a skeptic: the cost of doing nothing, capacity, budget, evidence with source and year. */
export function roomFacts(f: Facts, language: Language): string[] {
  const facts: string[] = [];
  const cost = answerText(f, language, 'context.costOfDoingNothing');
  if (cost) facts.push(tr(language, STORY.factCost, { text: clip(cost, 160).replace(/[.\s]+$/, '') }));
  const { needed, available } = f.capacity;
  if (needed + available > 0)
    facts.push(tr(language, STORY.factHours, { needed: formatHours(language, needed), available: formatHours(language, available) }));
  if (f.channels.length > 0 && f.channels.length <= 3) facts.push(tr(language, STORY.factChannels, { n: f.channels.length }));
  const budget = yearlyBudget(f);
  if (budget > 0) facts.push(tr(language, STORY.factBudget, { budget: formatMoney(language, budget) }));
  for (const e of f.cards('evidence').slice(0, 2)) {
    const figure = [str(e, 'figure'), nameOf(e, language)].filter(Boolean).join(' ');
    const source = [str(e, 'source'), typeof e.fields.year === 'number' ? String(e.fields.year) : undefined].filter(Boolean).join(', ');
    facts.push(source ? tr(language, STORY.factEvidence, { figure, source }) : figure);
  }
  return facts;
}

function fromFigures(f: Facts, language: Language): string {
  const facts = roomFacts(f, language);
  return facts.length
    ? tr(language, STORY.answerFromFigures, { facts: joinList(language, facts) })
    : tr(language, STORY.noFigures, { owner: runner(f, language), due: dueBy(f, language) });
}

/** Words that say which of the library's objections a card states, in French or English. */
const KEYWORDS: Record<ObjectionId, RegExp> = {
  always_done: /toujours fait|always done|always been/i,
  no_budget: /budget|co[uû]t|cost|argent|money|cher\b|expensive/i,
  too_risky: /risqu|critiq|bad buzz|risk|critic|bad review/i,
  no_time: /temps|time/i,
  results: /r[ée]sultat|result|\broi\b|rapporte/i,
  not_for_us: /secteur|sector|pas pour nous|not for us|ne sont pas sur|are not on/i,
};

/** The articles' first answer to the library objection a card states, if it states one. */
function libraryAnswer(title: string, language: Language): string | undefined {
  const def = OBJECTIONS.find((o) => KEYWORDS[o.id].test(title));
  return def?.answers[0]?.text[language];
}

/** Objection cards, then the main objection the group expected if no card states it. */
export function raisedObjections(f: Facts, language: Language): RaisedObjection[] {
  const main = f.answer('convince.mainObjection');
  const def = typeof main === 'string' ? OBJECTIONS.find((o) => o.id === main) : undefined;
  const raised: RaisedObjection[] = f.cards('objection').map((o) => {
    const own = [
      str(o, 'answer'),
      ...f.into(o.id, 'answers').map((a) => [a.title.trim(), a.body.trim()].filter(Boolean).join(' — ')),
    ].filter((s): s is string => !!s);
    const by = str(o, 'raisedBy');
    const r: RaisedObjection = {
      statement: nameOf(o, language),
      ...(by ? { raisedBy: by } : {}),
      answer: own.length ? own.join(' ') : [libraryAnswer(o.title, language), fromFigures(f, language)].filter(Boolean).join(' '),
    };
    return r;
  });
  if (def && raised.length === 0) {
    raised.push({ statement: def.statement[language], answer: `${def.answers[0]!.text[language]} ${fromFigures(f, language)}` });
  }
  return raised;
}
