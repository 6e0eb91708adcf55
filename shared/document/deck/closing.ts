// The deck's last slides: calendar, stakeholders, governance, SWOT, budget and team, KPIs, risks, decisions.
import type { Language } from '../../model';
import { answerItems, answerText } from '../answers';
import { nameOf, trimItems, trimTable } from '../blocks/common';
import { calendarTable } from '../blocks/content';
import { budgetChart, capacityChart, kpiChart, kpiTable } from '../blocks/money';
import { governanceTable, powerGrid, swotGrid } from '../blocks/org';
import { decisionsTable, risksTable, severityLabel } from '../blocks/risks';
import type { Facts } from '../facts';
import { clip, formatHours, formatMoney } from '../format';
import { capacityCallout } from '../sections/money';
import { openBlockers, openWarnings, recommendation } from '../sections/summary';
import { tr } from '../text';
import { SLIDE_TITLES } from '../text/deck';
import { WORDS } from '../text/labels';
import { ANSWER_LABELS, HEADINGS } from '../text/sections';
import type { Block, Slide } from '../types';
import { notesFor } from './notes';
import { kicker, pick } from './opening';

const notDecided = (language: Language): Block => ({ type: 'paragraph', style: 'muted', text: tr(language, WORDS.notDecided) });
const orNot = (language: Language, blocks: Block[]) => (blocks.length ? blocks : [notDecided(language)]);

export function calendarSlide(f: Facts, language: Language): Slide {
  const has = f.cards('calendar_item').length > 0;
  return {
    id: 'calendar',
    section: 'calendar',
    layout: 'stack',
    kicker: kicker(language, 'calendar'),
    title: tr(language, SLIDE_TITLES.calendar),
    blocks: orNot(language, has ? [trimTable(pick(calendarTable(f, language), [0, 1, 2, 3]), language, 7, 90)] : []),
    notes: notesFor(language, 'calendar'),
  };
}

export function stakeholdersSlide(f: Facts, language: Language): Slide {
  const has = f.cards('stakeholder').length > 0;
  return {
    id: 'stakeholders',
    section: 'stakeholders',
    layout: 'stack',
    kicker: kicker(language, 'stakeholders'),
    title: tr(language, SLIDE_TITLES.stakeholders),
    blocks: orNot(language, has ? [powerGrid(f, language, 4)] : []),
    notes: notesFor(language, 'stakeholders'),
  };
}

export function governanceSlide(f: Facts, language: Language): Slide {
  const has = f.cards('governance_rule').length > 0;
  const owner = answerText(f, language, 'governance.owner');
  return {
    id: 'governance',
    section: 'governance',
    layout: 'stack',
    kicker: kicker(language, 'governance'),
    title: tr(language, SLIDE_TITLES.governance),
    blocks: orNot(
      language,
      has
        ? [trimTable(pick(governanceTable(f, language), [0, 1, 2, 4]), language, 6, 110)]
        : owner
          ? [{ type: 'paragraph', text: owner }]
          : [],
    ),
    notes: notesFor(language, 'governance'),
  };
}

export function swotSlide(f: Facts, language: Language): Slide {
  return {
    id: 'swot',
    section: 'swot',
    layout: 'stack',
    kicker: kicker(language, 'swot'),
    title: tr(language, SLIDE_TITLES.swot),
    blocks: orNot(language, f.cards('swot').length ? [swotGrid(f, language, 4)] : []),
    notes: notesFor(language, 'swot'),
  };
}

export function budgetSlide(f: Facts, language: Language): Slide {
  const { needed, available } = f.capacity;
  const vars = {
    budget: formatMoney(language, f.budget.total),
    needed: formatHours(language, needed),
    available: formatHours(language, available),
  };
  const pie = budgetChart(f, language);
  const bars = capacityChart(f, language);
  const callout = capacityCallout(f, language);
  const figures = [vars.budget, `${vars.needed} / ${vars.available}`];
  const both = pie !== null && bars !== null;
  return {
    id: 'budget',
    section: 'budget',
    layout: both ? 'split' : 'stack',
    kicker: kicker(language, 'budget'),
    title: tr(language, needed + available > 0 ? SLIDE_TITLES.budget : SLIDE_TITLES.budgetNoHours, vars),
    blocks: orNot(language, both ? [pie] : [pie ?? bars, callout].filter((b): b is Block => b !== null)),
    ...(both ? { side: [bars, ...(callout ? [callout] : [])] } : {}),
    notes: notesFor(language, 'budget', figures),
  };
}

export function kpisSlide(f: Facts, language: Language): Slide {
  const table = f.cards('kpi').length ? trimTable(pick(kpiTable(f, language), [0, 2, 3]), language, 6, 80) : null;
  const chart = kpiChart(f, language, 6);
  const review = answerText(f, language, 'measurement.reviewRhythm');
  return {
    id: 'kpis',
    section: 'kpis',
    layout: table && chart ? 'split' : 'stack',
    kicker: kicker(language, 'kpis'),
    title: tr(language, SLIDE_TITLES.kpis),
    blocks: orNot(
      language,
      [table, table && chart ? null : chart].filter((b): b is Block => b !== null),
    ),
    ...(table && chart ? { side: [chart] } : {}),
    notes: notesFor(language, 'kpis', review ? [review] : []),
  };
}

export function risksSlide(f: Facts, language: Language): Slide {
  const open = [...openBlockers(f), ...openWarnings(f)];
  const items = open.map((x) => ({ label: severityLabel(language, x.severity), text: x.message[language] }));
  const risks = f.cards('risk').length ? trimTable(pick(risksTable(f, language), [0, 3, 4]), language, 4, 90) : null;
  const blocks: Block[] = [];
  if (risks) blocks.push(risks);
  if (items.length)
    blocks.push(
      { type: 'heading', text: tr(language, HEADINGS.findings) },
      { type: 'bullets', items: trimItems(items, language, risks ? 4 : 6, 150) },
    );
  return {
    id: 'risks',
    section: 'risks',
    layout: 'stack',
    kicker: kicker(language, 'risks'),
    title: tr(language, openBlockers(f).length ? SLIDE_TITLES.risksSome : SLIDE_TITLES.risksNone),
    blocks: orNot(language, blocks),
    notes: notesFor(
      language,
      'risks',
      open.slice(0, 6).map((x) => clip(x.fix[language], 160)),
    ),
  };
}

export function decisionsSlide(f: Facts, language: Language): Slide {
  const blocks: Block[] = [];
  const reco = recommendation(f, language);
  if (f.cards('decision').length) blocks.push(trimTable(pick(decisionsTable(f, language), [0, 1, 2]), language, 4, 110));
  else {
    const asked = answerItems(f, language, 'risks.decisionsNeeded').map((text) => ({ text }));
    if (asked.length) blocks.push({ type: 'bullets', items: trimItems(asked, language, 4) });
  }
  const next = answerItems(f, language, 'risks.nextSteps').map((text) => ({ text }));
  if (next.length)
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.nextSteps) }, { type: 'bullets', items: trimItems(next, language, 3) });
  const meeting = answerText(f, language, 'risks.decisionMeeting');
  if (meeting) blocks.push({ type: 'paragraph', label: tr(language, ANSWER_LABELS['risks.decisionMeeting']), text: meeting });
  if (reco) blocks.push(reco);
  return {
    id: 'decisions',
    section: 'decisions',
    layout: 'stack',
    kicker: kicker(language, 'decisions'),
    title: tr(language, SLIDE_TITLES.decisions),
    blocks: orNot(language, blocks),
    notes: notesFor(
      language,
      'decisions',
      f.cards('decision').map((d) => nameOf(d, language)),
    ),
  };
}
