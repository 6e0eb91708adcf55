// The deck's close: money and return, KPIs, risks as they are, the SWOT, decisions still to take, and the asks.
import type { Language } from '../../model';
import { answerText } from '../answers';
import { trimItems, trimTable } from '../blocks/common';
import { budgetChart, kpiTable } from '../blocks/money';
import { hasSwot, swotGrid } from '../blocks/org';
import { risksTable, severityLabel } from '../blocks/risks';
import type { Facts } from '../facts';
import { clip } from '../format';
import { openBlockers, openWarnings, recommendation } from '../sections/summary';
import { asks, openDecisions } from '../story/asks';
import { businessCase, caseBlocks, caseTitle } from '../story/case';
import { plural, tr } from '../text';
import { SLIDE_TITLES } from '../text/deck';
import { HEADINGS } from '../text/sections';
import { STORY } from '../text/story';
import type { Block, Slide } from '../types';
import { notesFor, objectionNotes } from './notes';
import { kicker, pick } from './opening';

export function moneySlide(f: Facts, language: Language): Slide | null {
  const c = businessCase(f);
  if (c.cost <= 0 && c.lines.length === 0) return null;
  const blocks = caseBlocks(c, language, false);
  // The business case needs the whole width; the budget's split goes beside it only when there is no case table.
  const pie = c.lines.length ? null : budgetChart(f, language);
  return {
    id: 'budget',
    section: 'budget',
    layout: pie ? 'split' : 'stack',
    kicker: kicker(language, 'budget'),
    title: caseTitle(c, language),
    blocks,
    ...(pie ? { side: [pie] } : {}),
    notes: notesFor(
      language,
      'budget',
      caseBlocks(c, language, true).flatMap((b) => (b.type === 'paragraph' || b.type === 'callout' ? [b.text] : [])),
    ),
  };
}

export function kpisSlide(f: Facts, language: Language): Slide | null {
  const n = f.cards('kpi').length;
  if (n === 0) return null;
  const rhythm = answerText(f, language, 'measurement.reviewRhythm');
  return {
    id: 'kpis',
    section: 'kpis',
    layout: 'stack',
    kicker: kicker(language, 'kpis'),
    title: rhythm
      ? plural(language, n, STORY.kpisTitleOne, STORY.kpisTitle, { rhythm: clip(rhythm.toLowerCase(), 40) })
      : plural(language, n, STORY.kpisTitleNoRhythmOne, STORY.kpisTitleNoRhythm),
    blocks: [trimTable(pick(kpiTable(f, language), [0, 1, 2, 3]), language, 7, 80)],
    notes: notesFor(language, 'kpis', rhythm ? [rhythm] : []),
  };
}

/** Risks as they are: the title counts the open blockers and warnings; never "no blocker" above open alerts. */
export function risksSlide(f: Facts, language: Language): Slide {
  const blockers = openBlockers(f);
  const warnings = openWarnings(f);
  const open = [...blockers, ...warnings];
  const risks = f.cards('risk').length ? trimTable(pick(risksTable(f, language), [0, 3, 4]), language, 4, 90) : null;
  const blocks: Block[] = [];
  if (risks) blocks.push(risks);
  if (open.length)
    blocks.push(
      { type: 'heading', text: tr(language, HEADINGS.findings) },
      {
        type: 'bullets',
        items: trimItems(
          open.map((x) => ({ label: severityLabel(language, x.severity), text: `${x.message[language]} → ${x.fix[language]}` })),
          language,
          risks ? 3 : 5,
          170,
        ),
      },
    );
  const title = blockers.length
    ? plural(language, blockers.length, STORY.risksOpen, STORY.risksOpenMany)
    : warnings.length
      ? plural(language, warnings.length, STORY.risksWarnings, STORY.risksWarningsMany)
      : tr(language, STORY.risksClear);
  const top = answerText(f, language, 'risks.topRisk');
  if (blocks.length === 0 && top) blocks.push({ type: 'paragraph', text: top });
  return {
    id: 'risks',
    section: 'risks',
    layout: 'stack',
    kicker: kicker(language, 'risks'),
    title,
    blocks: blocks.length ? blocks : [{ type: 'callout', tone: 'good', title, text: tr(language, STORY.risksClear) }],
    notes: notesFor(
      language,
      'risks',
      open.slice(0, 6).map((x) => clip(x.fix[language], 160)),
    ),
  };
}

export function swotSlide(f: Facts, language: Language): Slide | null {
  if (!hasSwot(f)) return null;
  return {
    id: 'swot',
    section: 'swot',
    layout: 'stack',
    kicker: kicker(language, 'swot'),
    title: tr(language, SLIDE_TITLES.swot),
    blocks: [swotGrid(f, language, 4)],
    notes: notesFor(language, 'swot'),
  };
}

export function openSlide(f: Facts, language: Language): Slide | null {
  const open = openDecisions(f, language);
  if (open.length === 0) return null;
  return {
    id: 'open',
    section: 'decisions',
    layout: 'stack',
    kicker: tr(language, STORY.openTitle),
    title: plural(language, open.length, STORY.openTitleCount, STORY.openTitleCountMany),
    blocks: [
      ownedTable(
        language,
        { label: tr(language, STORY.colTopic), weight: 3.4 },
        1.2,
        open.map((o) => [o.topic, o.who, o.when]),
        8,
      ),
    ],
    notes: notesFor(language, 'decisions'),
  };
}

/** A table of things to do, each with who owns it and by when (open decisions, asks). */
function ownedTable(
  language: Language,
  first: { label: string; weight: number },
  dueWeight: number,
  rows: string[][],
  max: number,
  cellMax?: number,
): Block {
  const columns = [first, { label: tr(language, STORY.colOwner), weight: 1.6 }, { label: tr(language, STORY.colDue), weight: dueWeight }];
  return trimTable({ type: 'table', columns, rows }, language, max, cellMax);
}

/** The closing slide: at least three asks, each with its owner and date, and the recommendation. */
export function asksSlide(f: Facts, language: Language): Slide {
  const list = asks(f, language);
  const reco = recommendation(f, language);
  const blocks: Block[] = [
    ownedTable(
      language,
      { label: tr(language, STORY.colAsk), weight: 3.6 },
      1.1,
      list.map((a) => [a.text, a.owner, a.due]),
      6,
      130,
    ),
  ];
  const next = (f.answer('risks.nextSteps') ?? []) as unknown;
  if (Array.isArray(next) && next.length)
    blocks.push(
      { type: 'heading', text: tr(language, HEADINGS.nextSteps) },
      {
        type: 'bullets',
        items: trimItems(
          next.filter((t): t is string => typeof t === 'string').map((text) => ({ text })),
          language,
          3,
        ),
      },
    );
  if (reco) blocks.push(reco);
  return {
    id: 'decisions',
    section: 'decisions',
    layout: 'stack',
    kicker: kicker(language, 'decisions'),
    title: tr(language, STORY.asksTitle, { n: list.length }),
    blocks,
    notes: [
      notesFor(
        language,
        'decisions',
        list.map((a) => `${a.text} — ${a.owner}, ${a.due}`),
      ),
      ...objectionNotes(f, language),
    ].join('\n\n'),
  };
}
