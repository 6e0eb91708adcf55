// The deck's "what we decided": objectives from baseline to target, targets, channels and the ones left aside, listening.
import type { Language } from '../../model';
import { answerText } from '../answers';
import { labelOf, nameOf, trimItems, trimTable } from '../blocks/common';
import { kpiChart } from '../blocks/money';
import { channelsTable, fromTo, objectivesTable, targetsTable } from '../blocks/plan';
import { PLATFORM_OPTIONS } from '../../catalogue/options';
import { list, num, str, type Facts } from '../facts';
import { clip, formatDate, formatHours } from '../format';
import { plural, tr } from '../text';
import { SLIDE_TITLES } from '../text/deck';
import { COLUMNS, WORDS } from '../text/labels';
import { ANSWER_LABELS } from '../text/sections';
import { STORY } from '../text/story';
import type { Block, BulletItem, Slide } from '../types';
import { notesFor } from './notes';
import { kicker, pick } from './opening';

export function objectivesSlide(f: Facts, language: Language): Slide | null {
  const n = f.objectives.length;
  if (n === 0) return null;
  const table = trimTable(pick(objectivesTable(f, language), [0, 1, 3, 4, 5]), language, 5, 70);
  const chart = kpiChart(f, language, 5);
  const success = answerText(f, language, 'objectives.successStatement');
  const callout: Block[] = success
    ? [{ type: 'callout', tone: 'good', title: tr(language, ANSWER_LABELS['objectives.successStatement']), text: clip(success, 200) }]
    : [];
  const only = n === 1 ? f.objectives[0]! : undefined;
  const target = only ? num(only, 'target') : undefined;
  if (only && target !== undefined) {
    // One objective says more as a figure than as a one-row table.
    const deadline = str(only, 'deadline');
    return {
      id: 'objectives',
      section: 'objectives',
      layout: 'stack',
      kicker: kicker(language, 'objectives'),
      title: tr(language, STORY.objectivesTitleOne),
      blocks: [
        { type: 'paragraph', style: 'lead', text: nameOf(only, language) },
        {
          type: 'keyFigures',
          items: [
            {
              value: fromTo(language, num(only, 'baseline') ?? 0, target),
              label: str(only, 'metric') ?? tr(language, STORY.target),
              tone: 'neutral',
            },
            ...(deadline
              ? [{ value: formatDate(language, deadline), label: tr(language, COLUMNS.deadline), tone: 'neutral' as const }]
              : []),
          ],
        },
        ...callout,
      ],
      notes: notesFor(language, 'objectives'),
    };
  }
  return {
    id: 'objectives',
    section: 'objectives',
    layout: chart ? 'split' : 'stack',
    kicker: kicker(language, 'objectives'),
    title: plural(language, n, STORY.objectivesTitleOne, STORY.objectivesTitle),
    blocks: chart ? [pick(table, [1, 3, 4]), ...callout] : [table, ...callout],
    ...(chart ? { side: [chart] } : {}),
    notes: notesFor(language, 'objectives'),
  };
}

export function targetsSlide(f: Facts, language: Language): Slide | null {
  const top = f.personas[0];
  if (!top) return null;
  return {
    id: 'targets',
    section: 'targets',
    layout: 'stack',
    kicker: kicker(language, 'targets'),
    title: tr(language, SLIDE_TITLES.targets, { name: clip(nameOf(top, language), 60) }),
    blocks: [trimTable(pick(targetsTable(f, language), [0, 1, 3, 4]), language, 6, 110)],
    notes: notesFor(language, 'targets'),
  };
}

/** Channels the group set aside, and the places its targets talk that were not chosen: for lack of hours. */
function leftAside(f: Facts, language: Language): BulletItem[] {
  const items: BulletItem[] = [];
  const said = answerText(f, language, 'channels.leftAside');
  if (said) items.push({ label: tr(language, STORY.leftAside), text: clip(said, 200) });
  // Compared by platform id: a channel titled "Newsletter" is the platform the targets call "Lettre d'information".
  const chosen = new Set(f.channels.flatMap((c) => [c.platform?.id, str(c.card, 'platform')]).filter(Boolean));
  const places = new Set(f.personas.flatMap((p) => list(p, 'whereOnline')));
  const unused = [...places]
    .filter((id) => !chosen.has(id))
    .map((id) => labelOf(PLATFORM_OPTIONS, id, language) ?? id)
    .filter((name) => !(said ?? '').toLowerCase().includes(name.toLowerCase()));
  for (const p of unused.slice(0, 3))
    items.push({
      label: p,
      text:
        f.capacity.available > 0
          ? tr(language, STORY.leftAsideCapacity, { available: formatHours(language, f.capacity.available) })
          : tr(language, STORY.leftAsideNoHours),
    });
  return items;
}

export function channelsSlide(f: Facts, language: Language): Slide | null {
  const n = f.channels.length;
  if (n === 0) return null;
  const { needed, available } = f.capacity;
  const aside = leftAside(f, language);
  const asideCount = aside.length - (answerText(f, language, 'channels.leftAside') ? 1 : 0);
  const title =
    needed > available
      ? tr(language, STORY.channelsTitleShort, { n, gap: formatHours(language, needed - available) })
      : n === 1
        ? tr(language, STORY.channelsTitleOne)
        : asideCount > 0
          ? tr(language, STORY.channelsTitle, { n, all: n + asideCount })
          : plural(language, n, SLIDE_TITLES.channelsOne, SLIDE_TITLES.channelsMany);
  const capacity: Block[] =
    needed + available > 0
      ? [
          {
            type: 'callout',
            tone: needed > available ? 'danger' : 'good',
            title: tr(language, STORY.rowHours),
            text: tr(language, STORY.capacityLine, { needed: formatHours(language, needed), available: formatHours(language, available) }),
          },
        ]
      : [];
  const side: Block[] = [...(aside.length ? [{ type: 'bullets', items: trimItems(aside, language, 4, 160) } as Block] : []), ...capacity];
  const table = trimTable(pick(channelsTable(f, language), side.length ? [0, 2, 4] : [0, 1, 2, 3, 4]), language, 6, 90);
  return {
    id: 'channels',
    section: 'channels',
    layout: side.length ? 'split' : 'stack',
    kicker: kicker(language, 'channels'),
    title,
    blocks: [table],
    ...(side.length ? { side } : {}),
    notes: notesFor(
      language,
      'channels',
      f.channels.map((c) => `${c.name} ${tr(language, WORDS.score, { n: c.fit.score })}`),
    ),
  };
}

export function listeningSlide(f: Facts, language: Language): Slide | null {
  // A finding with nothing but a title is said as its title, not as a label followed by nothing.
  const items = f.cards('finding').map((c) => {
    const text = str(c, 'lesson') ?? str(c, 'said') ?? c.body.trim();
    return text ? { label: nameOf(c, language), text } : { text: nameOf(c, language) };
  });
  const said = answerText(f, language, 'listening.saidAboutUs');
  const competitors = answerText(f, language, 'listening.competitors');
  // One bare title is not worth a slide: listening then counts as barely started.
  const thin = items.length < 2 && items.every((i) => !('label' in i));
  if (thin && !said && !competitors) return null;
  const blocks: Block[] = items.length ? [{ type: 'bullets', items: trimItems(items, language, 5, 160) }] : [];
  if (said)
    blocks.push({ type: 'callout', tone: 'neutral', title: tr(language, ANSWER_LABELS['listening.saidAboutUs']), text: clip(said, 220) });
  if (competitors && items.length === 0)
    blocks.push({ type: 'paragraph', label: tr(language, ANSWER_LABELS['listening.competitors']), text: clip(competitors, 260) });
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
