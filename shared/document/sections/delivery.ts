// Content and cadence, and the calendar sections of the document.
import type { Language } from '../../model';
import { answerItems, answerNumber, quoted } from '../answers';
import { nameOf } from '../blocks/common';
import { cadenceChart, cadenceTable, calendarTable, pillarsTable } from '../blocks/content';
import { num, str, type Facts } from '../facts';
import { formatHours, formatNumber, formatPercent, joinList } from '../format';
import { tr } from '../text';
import { HEADINGS, FIGURES } from '../text/sections';
import { INTROS } from '../text/summary';
import type { Block } from '../types';

/** Average value share of the pillars that state one, else the answer to the question. */
export function valueShare(f: Facts): number | undefined {
  const shares = f
    .cards('pillar')
    .map((p) => num(p, 'valueShare'))
    .filter((n): n is number => n !== undefined);
  if (shares.length) return shares.reduce((s, n) => s + n, 0) / shares.length;
  return answerNumber(f, 'content.valueShare');
}

export function contentFigures(f: Facts, language: Language): Extract<Block, { type: 'keyFigures' }> | null {
  const share = valueShare(f);
  const posts = f.cards('cadence').reduce((s, c) => s + (num(c, 'postsPerWeek') ?? 0), 0);
  const response = answerNumber(f, 'content.responseTimeHours');
  const items: Extract<Block, { type: 'keyFigures' }>['items'] = [];
  if (share !== undefined)
    items.push({ value: formatPercent(language, share), label: tr(language, FIGURES.valueShare), tone: share >= 70 ? 'good' : 'warning' });
  if (posts > 0) items.push({ value: formatNumber(language, posts), label: tr(language, FIGURES.posts), tone: 'neutral' });
  if (response !== undefined)
    items.push({
      value: formatHours(language, response),
      label: tr(language, FIGURES.responseTime),
      tone: response <= 24 ? 'good' : 'neutral',
    });
  return items.length ? { type: 'keyFigures', items } : null;
}

export function contentBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [];
  const figures = contentFigures(f, language);
  if (figures) blocks.push(figures);
  blocks.push(...quoted(f, language, ['content.toneWords']));
  if (f.cards('pillar').length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.pillars) }, pillarsTable(f, language));
  const pillarsWithBody = f.cards('pillar').filter((p) => p.body.trim());
  if (pillarsWithBody.length)
    blocks.push({ type: 'bullets', items: pillarsWithBody.map((p) => ({ label: nameOf(p, language), text: p.body.trim() })) });
  if (f.cards('cadence').length) {
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.cadence) }, cadenceTable(f, language));
    const chart = cadenceChart(f, language);
    if (chart) blocks.push(chart);
  }
  return blocks;
}

export function calendarBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [...quoted(f, language, ['calendar.startDate', 'calendar.firstReview'])];
  if (f.cards('calendar_item').length)
    blocks.push({ type: 'paragraph', style: 'muted', text: tr(language, INTROS.calendar) }, calendarTable(f, language));
  const moments = answerItems(f, language, 'calendar.keyMoments');
  if (moments.length)
    blocks.push(
      { type: 'heading', text: tr(language, HEADINGS.keyMoments) },
      { type: 'bullets', items: moments.map((text) => ({ text })) },
    );
  // The first plans B in full; the calendar table lists every one of them.
  for (const plan of f
    .cards('calendar_item')
    .filter((c) => c.fields.type === 'contingency')
    .slice(0, 6)) {
    const detail = [str(plan, 'trigger'), plan.body.trim()].filter(Boolean);
    blocks.push({
      type: 'callout',
      tone: 'warning',
      title: nameOf(plan, language),
      text: joinList(language, detail as string[]) || nameOf(plan, language),
    });
  }
  blocks.push(...quoted(f, language, ['calendar.contingency']));
  return blocks;
}
