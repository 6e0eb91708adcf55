// The deck's first slides: title, summary, why now, objectives, targets, listening, channels, content.
import type { Language } from '../../model';
import { answerText } from '../answers';
import { nameOf, trimItems, trimTable, type Table } from '../blocks/common';
import { cadenceChart } from '../blocks/content';
import { channelsTable, objectivesTable, targetsTable } from '../blocks/plan';
import { str, type Facts } from '../facts';
import { clip, formatMoney, formatPercent } from '../format';
import { evidenceTable } from '../sections/context';
import { contentFigures } from '../sections/delivery';
import { cover, keyFigures, summarySentences } from '../sections/summary';
import { plural, tr } from '../text';
import { SLIDE_TITLES } from '../text/deck';
import { WORDS } from '../text/labels';
import { ANSWER_LABELS, HEADINGS, SECTION_TITLES } from '../text/sections';
import type { Block, Slide } from '../types';
import { notesFor } from './notes';

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

export function summarySlide(f: Facts, language: Language): Slide {
  const title = tr(language, SLIDE_TITLES.summary, {
    objectives: plural(language, f.objectives.length, SLIDE_TITLES.objectivesCount, SLIDE_TITLES.objectivesCountMany),
    channels: plural(language, f.channels.length, SLIDE_TITLES.channelsCount, SLIDE_TITLES.channelsCountMany),
    budget: formatMoney(language, f.budget.total),
  });
  const sentences = summarySentences(f, language);
  return {
    id: 'summary',
    section: 'summary',
    layout: 'stack',
    kicker: kicker(language, 'summary'),
    title,
    blocks: [
      keyFigures(f, language),
      {
        type: 'bullets',
        items: trimItems(
          sentences.map((text) => ({ text })),
          language,
          7,
          230,
        ),
      },
    ],
    notes: notesFor(language, 'summary', sentences),
  };
}

export function whyNowSlide(f: Facts, language: Language): Slide {
  const ids = ['context.whyNow', 'context.costOfDoingNothing', 'context.whatIsSaid'] as const;
  const items = ids.flatMap((id) => {
    const text = answerText(f, language, id);
    return text ? [{ label: tr(language, ANSWER_LABELS[id]), text }] : [];
  });
  const left: Block = items.length
    ? { type: 'bullets', items: trimItems(items, language, 4, 220) }
    : { type: 'paragraph', style: 'muted', text: tr(language, WORDS.notDecided) };
  const evidence = f.cards('evidence').length ? trimTable(pick(evidenceTable(f, language), [0, 1]), language, 4, 120) : null;
  const benefits = f.cards('benefit').map((b) => ({ text: nameOf(b, language) }));
  const right: Block[] = [
    ...(evidence ? [evidence] : []),
    ...(benefits.length
      ? [
          { type: 'heading', text: tr(language, HEADINGS.benefits) } as Block,
          { type: 'bullets', items: trimItems(benefits, language, 4) } as Block,
        ]
      : []),
  ];
  return {
    id: 'whyNow',
    section: 'whyNow',
    layout: right.length ? 'split' : 'stack',
    kicker: kicker(language, 'whyNow'),
    title: tr(language, SLIDE_TITLES.whyNow),
    blocks: [left],
    ...(right.length ? { side: right } : {}),
    notes: notesFor(language, 'whyNow'),
  };
}

const notDecided = (language: Language): Block => ({ type: 'paragraph', style: 'muted', text: tr(language, WORDS.notDecided) });

export function objectivesSlide(f: Facts, language: Language): Slide {
  const table = trimTable(pick(objectivesTable(f, language), [0, 1, 3, 4, 5]), language, 6);
  const success = answerText(f, language, 'objectives.successStatement');
  return {
    id: 'objectives',
    section: 'objectives',
    layout: 'stack',
    kicker: kicker(language, 'objectives'),
    title: tr(language, SLIDE_TITLES.objectives),
    blocks: f.objectives.length
      ? [
          table,
          ...(success
            ? [
                {
                  type: 'callout',
                  tone: 'good',
                  title: tr(language, ANSWER_LABELS['objectives.successStatement']),
                  text: clip(success, 200),
                } as Block,
              ]
            : []),
        ]
      : [notDecided(language)],
    notes: notesFor(language, 'objectives'),
  };
}

export function targetsSlide(f: Facts, language: Language): Slide {
  const top = f.personas[0];
  return {
    id: 'targets',
    section: 'targets',
    layout: 'stack',
    kicker: kicker(language, 'targets'),
    title: top ? tr(language, SLIDE_TITLES.targets, { name: clip(nameOf(top, language), 60) }) : tr(language, SLIDE_TITLES.noTarget),
    blocks: top ? [trimTable(pick(targetsTable(f, language), [0, 1, 3, 4]), language, 6, 110)] : [notDecided(language)],
    notes: notesFor(language, 'targets'),
  };
}

export function listeningSlide(f: Facts, language: Language): Slide {
  const items = f.cards('finding').map((c) => ({ label: nameOf(c, language), text: str(c, 'lesson') ?? str(c, 'said') ?? c.body }));
  const said = answerText(f, language, 'listening.saidAboutUs');
  const blocks: Block[] = items.length ? [{ type: 'bullets', items: trimItems(items, language, 5, 160) }] : [notDecided(language)];
  if (said)
    blocks.push({ type: 'callout', tone: 'neutral', title: tr(language, ANSWER_LABELS['listening.saidAboutUs']), text: clip(said, 220) });
  return {
    id: 'listening',
    section: 'listening',
    layout: 'stack',
    kicker: kicker(language, 'listening'),
    title: tr(language, SLIDE_TITLES.listening),
    blocks,
    notes: notesFor(language, 'listening'),
  };
}

export function channelsSlide(f: Facts, language: Language): Slide {
  const n = f.channels.length;
  const figures = f.channels.map((c) => `${c.name} ${tr(language, WORDS.score, { n: c.fit.score })}`);
  return {
    id: 'channels',
    section: 'channels',
    layout: 'stack',
    kicker: kicker(language, 'channels'),
    title: n === 0 ? tr(language, SLIDE_TITLES.noChannel) : plural(language, n, SLIDE_TITLES.channelsOne, SLIDE_TITLES.channelsMany),
    blocks: n ? [trimTable(channelsTable(f, language), language, 6, 100)] : [notDecided(language)],
    notes: notesFor(language, 'channels', figures),
  };
}

export function contentSlide(f: Facts, language: Language): Slide {
  const pillars = f.cards('pillar').map((p) => {
    const share = typeof p.fields.valueShare === 'number' ? formatPercent(language, p.fields.valueShare) : undefined;
    return { label: nameOf(p, language), text: [share, str(p, 'tone')].filter(Boolean).join(' · ') || tr(language, WORDS.none) };
  });
  const figures = contentFigures(f, language);
  const chart = cadenceChart(f, language);
  const left: Block[] = [
    ...(figures ? [figures] : []),
    ...(pillars.length ? [{ type: 'bullets', items: trimItems(pillars, language, 4, 120) } as Block] : []),
  ];
  const split = chart !== null && left.length > 0;
  const blocks = split ? left : chart ? [chart] : left;
  return {
    id: 'content',
    section: 'content',
    layout: split ? 'split' : 'stack',
    kicker: kicker(language, 'content'),
    title: tr(language, SLIDE_TITLES.content),
    blocks: blocks.length ? blocks : [notDecided(language)],
    ...(split && chart ? { side: [chart] } : {}),
    notes: notesFor(language, 'content'),
  };
}
