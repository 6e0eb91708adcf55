// The deck's plan: calendar, content, the team and its governance, the stakeholders; each slide only when there is something to show.
import type { Language } from '../../model';
import { answerText } from '../answers';
import { nameOf, trimItems, trimTable } from '../blocks/common';
import { cadenceChart, calendarTable } from '../blocks/content';
import { capacityChart, teamTable } from '../blocks/money';
import { governanceTable, powerGrid } from '../blocks/org';
import { num, str, type Facts } from '../facts';
import { clip, formatDate, formatHours, formatPercent } from '../format';
import { contentFigures } from '../sections/delivery';
import { capacityCallout } from '../sections/money';
import { plural, tr } from '../text';
import { SLIDE_TITLES } from '../text/deck';
import { ANSWER_LABELS, HEADINGS } from '../text/sections';
import { STORY } from '../text/story';
import type { Block, Slide } from '../types';
import { notesFor } from './notes';
import { kicker, pick } from './opening';

export function calendarSlide(f: Facts, language: Language): Slide | null {
  const n = f.cards('calendar_item').length;
  const start = f.answer('calendar.startDate');
  const moments = answerText(f, language, 'calendar.keyMoments');
  const dated = f.cards('calendar_item').some((c) => str(c, 'start'));
  // A single undated item says nothing a director can plan on.
  if ((n === 0 || (n === 1 && !dated)) && !moments) return null;
  const blocks: Block[] = n ? [trimTable(pick(calendarTable(f, language), [0, 1, 2, 3]), language, 7, 90)] : [];
  if (moments) blocks.push({ type: 'paragraph', label: tr(language, HEADINGS.keyMoments), text: clip(moments, 300) });
  const contingency = answerText(f, language, 'calendar.contingency');
  if (contingency)
    blocks.push({
      type: 'callout',
      tone: 'warning',
      title: tr(language, ANSWER_LABELS['calendar.contingency']),
      text: clip(contingency, 200),
    });
  return {
    id: 'calendar',
    section: 'calendar',
    layout: 'stack',
    kicker: kicker(language, 'calendar'),
    title:
      typeof start === 'string' && start && n
        ? plural(language, n, STORY.calendarTitleOne, STORY.calendarTitle, { date: formatDate(language, start) })
        : n
          ? plural(language, n, STORY.calendarTitleNoDateOne, STORY.calendarTitleNoDate)
          : tr(language, SLIDE_TITLES.calendar),
    blocks,
    notes: notesFor(language, 'calendar'),
  };
}

export function contentSlide(f: Facts, language: Language): Slide | null {
  const pillars = f.cards('pillar').map((p) => {
    const share = typeof p.fields.valueShare === 'number' ? formatPercent(language, p.fields.valueShare) : undefined;
    return { label: nameOf(p, language), text: [share, str(p, 'tone'), clip(p.body, 120)].filter(Boolean).join(' · ') };
  });
  const tone = answerText(f, language, 'content.toneWords');
  const figures = contentFigures(f, language);
  const chart = cadenceChart(f, language);
  const left: Block[] = [
    ...(figures ? [figures] : []),
    ...(pillars.length ? [{ type: 'bullets', items: trimItems(pillars, language, 4, 120) } as Block] : []),
    ...(tone ? [{ type: 'paragraph', label: tr(language, ANSWER_LABELS['content.toneWords']), text: clip(tone, 160) } as Block] : []),
  ];
  if (left.length === 0 && !chart) return null;
  const split = chart !== null && left.length > 0;
  return {
    id: 'content',
    section: 'content',
    layout: split ? 'split' : 'stack',
    kicker: kicker(language, 'content'),
    title: tr(language, SLIDE_TITLES.content),
    blocks: split ? left : chart ? [chart] : left,
    ...(split && chart ? { side: [chart] } : {}),
    notes: notesFor(language, 'content'),
  };
}

/** Who leads, who works on it and how many hours, who approves what and how fast. */
export function teamSlide(f: Facts, language: Language): Slide | null {
  const people = f.cards('person');
  const rules = f.cards('governance_rule');
  const owner = answerText(f, language, 'governance.owner');
  const bars = capacityChart(f, language);
  const callout = capacityCallout(f, language);
  if (people.length === 0 && rules.length === 0 && !owner && !bars) return null;
  const main: Block[] = [];
  if (rules.length) main.push(trimTable(pick(governanceTable(f, language), [0, 2, 4]), language, 6, 70));
  // With the approval rules on the slide, the people show in the hours chart; alone, they get their table.
  if (people.length && rules.length === 0) main.push(trimTable(pick(teamTable(f, language), [0, 1, 3]), language, 6, 70));
  if (owner && main.length === 0)
    main.push({ type: 'paragraph', style: 'lead', label: tr(language, ANSWER_LABELS['governance.owner']), text: owner });
  const side: Block[] = [...(bars ? [bars] : []), ...(callout ? [callout] : [])];
  const hours = people.reduce((s, p) => s + (num(p, 'hoursPerWeek') ?? 0), 0);
  const title = owner
    ? tr(language, STORY.teamTitleOwner, { owner: clip(owner, 40) })
    : people.length && hours > 0
      ? tr(language, STORY.teamTitle, { n: people.length, hours: formatHours(language, hours) })
      : tr(language, STORY.teamTitlePlain);
  const split = main.length > 0 && side.length > 0;
  return {
    id: 'governance',
    section: 'governance',
    layout: split ? 'split' : 'stack',
    kicker: kicker(language, 'governance'),
    title,
    blocks: split ? main : [...main, ...side],
    ...(split ? { side } : {}),
    notes: notesFor(language, 'governance'),
  };
}

export function stakeholdersSlide(f: Facts, language: Language): Slide | null {
  if (f.cards('stakeholder').length === 0) return null;
  return {
    id: 'stakeholders',
    section: 'stakeholders',
    layout: 'stack',
    kicker: kicker(language, 'stakeholders'),
    title: tr(language, SLIDE_TITLES.stakeholders),
    blocks: [powerGrid(f, language, 4)],
    notes: notesFor(language, 'stakeholders'),
  };
}
