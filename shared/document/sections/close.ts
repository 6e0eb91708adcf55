// Risks and open findings, decisions and next steps, and the appendix sections of the document.
import { stepById } from '../../catalogue/steps';
import type { Language } from '../../model';
import { quoted } from '../answers';
import { risksSlide } from '../deck/closing';
import { findingsTable, participantsTable, risksTable, sourcesTable, votesTable } from '../blocks/risks';
import type { Facts } from '../facts';
import { tr } from '../text';
import { WORDS } from '../text/labels';
import { HEADINGS } from '../text/sections';
import { INTROS } from '../text/summary';
import type { Block } from '../types';

export function risksBlocks(f: Facts, language: Language): Block[] {
  // The status as it is: the same sentence as the deck's risks slide, counting open blockers and warnings.
  const blocks: Block[] = [
    { type: 'paragraph', style: 'lead', text: risksSlide(f, language).title },
    ...quoted(f, language, ['risks.topRisk']),
  ];
  if (f.cards('risk').length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.riskTable) }, risksTable(f, language));
  blocks.push({ type: 'heading', text: tr(language, HEADINGS.findings) });
  if (f.findings.length === 0) blocks.push({ type: 'paragraph', text: tr(language, INTROS.noFindings) });
  else blocks.push({ type: 'paragraph', style: 'muted', text: tr(language, INTROS.findings) }, findingsTable(f, language));
  return blocks;
}

export function appendixBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [];
  if (f.participants.length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.participants) }, participantsTable(f, language));
  const votes = votesTable(f, language);
  if (votes) blocks.push({ type: 'heading', text: tr(language, HEADINGS.votes) }, votes);
  const parked = [...(f.input.parking ?? [])].filter((p) => p.text.trim()).sort((a, b) => Number(a.done) - Number(b.done));
  if (parked.length) {
    const items = parked.map((p) => ({
      label: `${stepById(p.step)?.title[language] ?? p.step}${p.done ? ` (${tr(language, WORDS.handled)})` : ''}`,
      text: p.text.trim(),
    }));
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.parkingLot) }, { type: 'bullets', items });
  }
  blocks.push(
    { type: 'heading', text: tr(language, HEADINGS.sources) },
    { type: 'paragraph', style: 'muted', text: tr(language, INTROS.sources) },
    sourcesTable(language),
  );
  return blocks;
}
