// Stakeholders, governance and SWOT sections of the document.
import type { Language } from '../../model';
import { quoted } from '../answers';
import { governanceTable, hasSwot, powerGrid, raciTable, swotGrid, threatsTable } from '../blocks/org';
import { teamBlocks } from './money';
import type { Facts } from '../facts';
import { tr } from '../text';
import { HEADINGS } from '../text/sections';
import { INTROS } from '../text/summary';
import type { Block } from '../types';

export function stakeholdersBlocks(f: Facts, language: Language): Block[] {
  if (f.cards('stakeholder').length === 0) return quoted(f, language, ['stakeholders.skepticsPlan']);
  return [
    { type: 'paragraph', style: 'muted', text: tr(language, INTROS.stakeholders) },
    { type: 'heading', text: tr(language, HEADINGS.raci) },
    raciTable(f, language),
    { type: 'heading', text: tr(language, HEADINGS.grid) },
    powerGrid(f, language),
    ...quoted(f, language, ['stakeholders.skepticsPlan']),
  ];
}

export function governanceBlocks(f: Facts, language: Language): Block[] {
  const answers = quoted(f, language, [
    'governance.owner',
    'governance.maxValidationHours',
    'governance.negativeFeedback',
    'governance.crisisEscalation',
    'governance.outsideOpinion',
  ]);
  const team = teamBlocks(f, language);
  if (f.cards('governance_rule').length === 0) return [...answers, ...team];
  return [{ type: 'paragraph', style: 'muted', text: tr(language, INTROS.governance) }, governanceTable(f, language), ...answers, ...team];
}

export function swotBlocks(f: Facts, language: Language): Block[] {
  if (!hasSwot(f)) return [];
  const blocks: Block[] = [swotGrid(f, language)];
  if (f.cards('swot').some((c) => c.fields.quadrant === 'threat'))
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.threats) }, threatsTable(f, language));
  return blocks;
}
