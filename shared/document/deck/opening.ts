// The deck's opening: the title, the decision we ask for, what doing nothing costs, and the plan before and after the workshop.
import type { Language } from '../../model';
import { answerText } from '../answers';
import { trimItems, trimTable, type Table } from '../blocks/common';
import type { Facts } from '../facts';
import { formatDateAt, sameDay } from '../../locale';
import { clip, formatHours, formatMoney, joinList } from '../format';
import { evidenceTable } from '../sections/context';
import { cover, keyFigures, openBlockers, recommendation } from '../sections/summary';
import { asks, openDecisions } from '../story/asks';
import { askedBudget } from '../story/case';
import { raisedObjections } from '../story/objections';
import { plural, tr } from '../text';
import { SLIDE_TITLES } from '../text/deck';
import { WORDS } from '../text/labels';
import { ANSWER_LABELS, SECTION_TITLES } from '../text/sections';
import { STORY } from '../text/story';
import type { Block, Slide } from '../types';
import { notesFor, objectionNotes } from './notes';

/** Only some columns of a table, for a slide that has less room than a page. */
export function pick(table: Table, keep: number[]): Table {
  return { ...table, columns: keep.map((i) => table.columns[i]!), rows: table.rows.map((r) => keep.map((i) => r[i] ?? '')) };
}

export const kicker = (language: Language, id: keyof typeof SECTION_TITLES) => tr(language, SECTION_TITLES[id]);

export function titleSlide(f: Facts, language: Language, generatedOn?: string): Slide {
  const c = cover(f, language, generatedOn);
  return {
    id: 'cover',
    section: 'cover',
    layout: 'title',
    kicker: tr(language, WORDS.deckKind),
    title: c.title,
    blocks: [
      { type: 'paragraph', style: 'lead', text: c.subtitle },
      { type: 'paragraph', style: 'muted', text: [c.dateLabel, c.preparedWith].filter(Boolean).join(' · ') },
    ],
    notes: notesFor(language, 'cover'),
  };
}

/** The decision we ask for, in one sentence, with the figures behind it and the first asks. */
export function decisionSlide(f: Facts, language: Language): Slide {
  // The amount of the budget ask below, so that the title and the asks never name two different sums.
  const budget = askedBudget(f);
  const vars = {
    objectives: plural(language, f.objectives.length, SLIDE_TITLES.objectivesCount, SLIDE_TITLES.objectivesCountMany),
    channels: plural(language, f.channels.length, SLIDE_TITLES.channelsCount, SLIDE_TITLES.channelsCountMany),
    budget: formatMoney(language, budget),
  };
  const open = openDecisions(f, language).length;
  const ready = f.objectives.length > 0 && f.channels.length > 0;
  const title = ready
    ? tr(language, STORY.decisionTitle, { what: tr(language, budget > 0 ? STORY.decisionWhat : STORY.decisionWhatNoBudget, vars) })
    : plural(language, open, STORY.decisionOpen, STORY.decisionOpenMany);
  const reco = recommendation(f, language);
  const list = asks(f, language).map((a) => ({ label: a.owner, text: `${a.text} (${a.due})` }));
  const blocks: Block[] = [keyFigures(f, language), ...(reco ? [reco] : []), { type: 'bullets', items: trimItems(list, language, 3, 150) }];
  return {
    id: 'summary',
    section: 'summary',
    layout: 'stack',
    kicker: kicker(language, 'summary'),
    title,
    blocks,
    notes: [
      notesFor(
        language,
        'summary',
        openBlockers(f).map((x) => clip(x.message[language], 140)),
      ),
      ...objectionNotes(f, language),
    ].join('\n\n'),
  };
}

/** What doing nothing costs, from the group's own answers, with the evidence and the objections answered. */
export function costSlide(f: Facts, language: Language): Slide | null {
  const ids = ['context.costOfDoingNothing', 'context.whyNow', 'context.whatIsSaid'] as const;
  const items = ids.flatMap((id) => {
    const text = answerText(f, language, id);
    return text ? [{ label: tr(language, ANSWER_LABELS[id]), text }] : [];
  });
  const evidence = f.cards('evidence').length ? trimTable(pick(evidenceTable(f, language), [0, 1, 2]), language, 4, 110) : null;
  const objections = raisedObjections(f, language);
  if (items.length === 0 && !evidence && objections.length === 0) return null;
  const left: Block[] = items.length ? [{ type: 'bullets', items: trimItems(items, language, 3, 240) }] : [];
  const right: Block[] = evidence ? [evidence] : [];
  if (objections.length)
    (left.length ? right : left).push(
      { type: 'heading', text: tr(language, STORY.objectionsRaised) },
      {
        type: 'bullets',
        items: trimItems(
          objections.map((o) => ({ label: tr(language, STORY.quote, { text: clip(o.statement, 80) }), text: o.answer })),
          language,
          3,
          180,
        ),
      },
    );
  const split = left.length > 0 && right.length > 0;
  return {
    id: 'whyNow',
    section: 'whyNow',
    layout: split ? 'split' : 'stack',
    kicker: kicker(language, 'whyNow'),
    title: tr(language, evidence ? STORY.costTitleEvidence : STORY.costTitle),
    blocks: split ? left : [...left, ...right],
    ...(split ? { side: right } : {}),
    notes: [notesFor(language, 'whyNow'), ...objectionNotes(f, language)].join('\n\n'),
  };
}

/**
 * The plan the room walked in with (the earliest snapshot) against the one it leaves
 * with, saying which two moments it compares: a director must see the "before" really is before.
 */
export function beforeAfterSlide(f: Facts, language: Language): Slide | null {
  const b = f.before;
  if (!b) return null;
  const channels = (names: string[]) => (names.length ? clip(joinList(language, names), 70) : tr(language, STORY.noChannelYet));
  const hours = (needed: number, available: number) => `${formatHours(language, needed)} / ${formatHours(language, available)}`;
  const rows = [
    [tr(language, STORY.rowScore), tr(language, WORDS.score, { n: b.health }), tr(language, WORDS.score, { n: f.health.overall })],
    [tr(language, STORY.rowObjectives), String(b.objectives), String(f.objectives.length)],
    [tr(language, STORY.rowChannels), channels(b.channels), channels(f.channels.map((c) => c.name))],
    [tr(language, STORY.rowHours), hours(b.needed, b.available), hours(f.capacity.needed, f.capacity.available)],
    [tr(language, STORY.rowBlockers), String(b.blockers), String(openBlockers(f).length)],
  ];
  // A snapshot the plan has not moved from says nothing a director needs: no slide of two identical columns.
  if (rows.every((r) => r[1] === r[2])) return null;
  const withTime = sameDay(b.at, b.now);
  const from = formatDateAt(language, b.at, withTime);
  const to = formatDateAt(language, b.now, withTime);
  const name = clip(b.name, 40);
  const changed = f.health.overall !== b.health;
  return {
    id: 'beforeAfter',
    section: 'summary',
    layout: 'stack',
    kicker: kicker(language, 'summary'),
    title: changed
      ? tr(language, STORY.beforeAfterTitleUp, { from, to, before: b.health, after: f.health.overall })
      : tr(language, STORY.beforeAfterTitle, { from, to }),
    blocks: [
      {
        type: 'table',
        columns: [
          { label: tr(language, STORY.measure), weight: 2 },
          { label: tr(language, STORY.beforeSnapshot, { name, date: from }), weight: 2.2 },
          { label: tr(language, STORY.afterCol, { date: to }), weight: 2.2 },
        ],
        rows,
      },
      { type: 'paragraph', style: 'muted', text: tr(language, STORY.beforeAfterSource, { name, from, to }) },
    ],
    notes: notesFor(language, 'summary'),
  };
}
