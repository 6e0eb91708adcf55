// The asks that close the case, each with an owner and a date, and the topics the group left open to decide.
import type { Language } from '../../model';
import { answerText } from '../answers';
import { nameOf } from '../blocks/common';
import { str, type Facts } from '../facts';
import { clip, formatDate, formatHours, formatMoney } from '../format';
import { plural, tr } from '../text';
import { STORY } from '../text/story';
import { askedBudget } from './case';
import { openTopics } from './topics';

export interface Ask {
  text: string;
  owner: string;
  due: string;
}

const DAY = 86_400_000;

/** Who takes decisions for management: the sponsor named in the workshop, else the executive committee. */
export function decider(f: Facts, language: Language): string {
  return (
    answerText(f, language, 'convince.sponsor') ??
    answerText(f, language, 'stakeholders.executiveSponsor') ??
    tr(language, STORY.management)
  );
}

/** Who runs the plan day to day: the owner named in governance, else the decider. */
export function runner(f: Facts, language: Language): string {
  return answerText(f, language, 'governance.owner') ?? decider(f, language);
}

/** By when: the decision meeting's date, else two weeks after the workshop, else the next management meeting. */
export function dueBy(f: Facts, language: Language): string {
  const meeting = f.answer('risks.decisionMeeting');
  if (typeof meeting === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(meeting)) return formatDate(language, meeting);
  const date = f.input.workshop.date;
  if (date) return formatDate(language, new Date(Date.parse(`${date}T00:00:00Z`) + 14 * DAY).toISOString().slice(0, 10));
  return tr(language, STORY.nextBoard);
}

function reviewDate(f: Facts, language: Language): string | undefined {
  const first = f.answer('calendar.firstReview');
  return typeof first === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(first) ? formatDate(language, first) : undefined;
}

/** The asks: decisions put on cards, else asked in the answers, then the standing asks of any plan, at least three. */
export function asks(f: Facts, language: Language): Ask[] {
  const owner = decider(f, language);
  const due = dueBy(f, language);
  const list: Ask[] = [];
  const cards = f.cards('decision').filter((d) => d.fields.status !== 'taken' && d.fields.status !== 'refused');
  for (const d of cards)
    list.push({
      text: clip([nameOf(d, language), d.body.trim()].filter(Boolean).join(' — '), 160),
      owner: str(d, 'askedOf') ?? owner,
      due: str(d, 'due') ? formatDate(language, str(d, 'due')) : due,
    });
  if (cards.length === 0) {
    const asked = f.answer('risks.decisionsNeeded');
    if (Array.isArray(asked)) for (const text of asked.filter((t) => t.trim())) list.push({ text: clip(text.trim(), 160), owner, due });
  }
  const { needed, available } = f.capacity;
  const standing: Ask[] = [
    askedBudget(f) > 0
      ? { text: tr(language, STORY.askBudget, { budget: formatMoney(language, askedBudget(f)) }), owner, due }
      : { text: tr(language, STORY.askSetBudget), owner, due },
    needed > available
      ? {
          text: tr(language, STORY.askHoursShort, {
            gap: formatHours(language, needed - available),
            needed: formatHours(language, needed),
            available: formatHours(language, available),
          }),
          owner,
          due,
        }
      : available > 0
        ? { text: tr(language, STORY.askHours, { available: formatHours(language, available) }), owner, due }
        : { text: tr(language, STORY.askHoursUnknown), owner, due },
    f.objectives.length
      ? { text: plural(language, f.objectives.length, STORY.askPlanOne, STORY.askPlan), owner, due }
      : { text: tr(language, STORY.askOwner), owner, due },
    { text: tr(language, STORY.askReview), owner: runner(f, language), due: reviewDate(f, language) ?? due },
  ];
  // A decision already asking for money makes the standing budget ask a repeat.
  const money = list.some((a) => /€|budget/i.test(a.text));
  for (const ask of money ? standing.slice(1) : standing) if (list.length < 3) list.push(ask);
  return list;
}

export interface OpenDecision {
  topic: string;
  who: string;
  when: string;
}

/** The topics the group did not decide, each with who should decide it and by when. */
export function openDecisions(f: Facts, language: Language): OpenDecision[] {
  const who = decider(f, language);
  const lead = runner(f, language);
  const when = dueBy(f, language);
  return openTopics(f).map((t) => ({ topic: tr(language, STORY[t.text]), who: t.byManagement ? who : lead, when }));
}
