// Objectives, targets, listening and channels sections of the document.
import type { Language } from '../../model';
import { answerItems, quoted } from '../answers';
import { nameOf } from '../blocks/common';
import { channelsTable, listeningTable, objectivesTable, targetsTable } from '../blocks/plan';
import { str, type Facts } from '../facts';
import { joinList } from '../format';
import { tr } from '../text';
import { WORDS } from '../text/labels';
import { HEADINGS } from '../text/sections';
import { INTROS } from '../text/summary';
import type { Block, BulletItem } from '../types';

export function objectivesBlocks(f: Facts, language: Language): Block[] {
  const n = f.objectives.length;
  if (n === 0) return [];
  return [
    { type: 'paragraph', style: 'muted', text: tr(language, n > 3 ? INTROS.objectivesTooMany : INTROS.objectivesFew, { n }) },
    objectivesTable(f, language),
    ...quoted(f, language, ['objectives.successStatement', 'objectives.businessLink']),
  ];
}

export function targetsBlocks(f: Facts, language: Language): Block[] {
  if (f.personas.length === 0) return quoted(f, language, ['targets.primaryTarget']);
  return [
    { type: 'paragraph', style: 'muted', text: tr(language, INTROS.targets) },
    targetsTable(f, language),
    ...quoted(f, language, ['targets.primaryTarget']),
  ];
}

export function listeningBlocks(f: Facts, language: Language): Block[] {
  const answers = quoted(f, language, ['listening.saidAboutUs', 'listening.competitors', 'listening.tools', 'listening.frequency']);
  if (f.cards('finding').length === 0) {
    // Nothing recorded: the section is left out and "start listening" is listed among the decisions still to take.
    return answers;
  }
  return [{ type: 'paragraph', style: 'muted', text: tr(language, INTROS.listening) }, listeningTable(f, language), ...answers];
}

/** Why each channel: targets it reaches, objectives it serves, who watches it, what the network is good for, its fit. */
export function channelReasons(f: Facts, language: Language, index: number): BulletItem[] {
  const c = f.channels[index];
  if (!c) return [];
  const items: BulletItem[] = [];
  if (c.reaches.length)
    items.push({
      label: tr(language, WORDS.reaches),
      text: joinList(
        language,
        c.reaches.map((p) => nameOf(p, language)),
      ),
    });
  if (c.serves.length)
    items.push({
      label: tr(language, WORDS.serves),
      text: joinList(
        language,
        c.serves.map((o) => nameOf(o, language)),
      ),
    });
  const watcher = str(c.card, 'monitoredBy');
  if (watcher) items.push({ label: tr(language, WORDS.watchedBy), text: watcher });
  if (c.platform) items.push({ label: tr(language, WORDS.goodFor), text: c.platform.goodFor[language] });
  for (const r of c.fit.reasons)
    items.push({ label: `${tr(language, WORDS.fit)} ${Math.round(r.points)}/${r.max}`, text: r.text[language] });
  return items;
}

export function channelsBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [];
  if (f.channels.length) {
    blocks.push({ type: 'paragraph', style: 'muted', text: tr(language, INTROS.channels) }, channelsTable(f, language));
    // The reasons of the first channels; past a dozen the table says the rest (a strategy keeps few channels).
    f.channels.slice(0, 12).forEach((c, i) => {
      blocks.push({ type: 'heading', text: `${c.name} — ${tr(language, WORDS.score, { n: c.fit.score })}` });
      const role = str(c.card, 'role');
      if (role) blocks.push({ type: 'paragraph', text: role });
      blocks.push({ type: 'bullets', items: channelReasons(f, language, i) });
    });
  }
  blocks.push(...quoted(f, language, ['channels.mainReason']));
  const aside = answerItems(f, language, 'channels.leftAside');
  if (aside.length)
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.leftAside) }, { type: 'paragraph', text: joinList(language, aside) });
  return blocks;
}
