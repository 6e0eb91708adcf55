// Why now: the context, the cost of doing nothing, the evidence, objections with our answers, expected benefits.
import type { Language } from '../../model';
import { quoted } from '../answers';
import { cell, columns, nameOf, type Table } from '../blocks/common';
import { raisedObjections } from '../story/objections';
import { str, type Facts } from '../facts';
import { clip } from '../format';
import { tr } from '../text';
import { COLUMNS } from '../text/labels';
import { HEADINGS } from '../text/sections';
import type { Block } from '../types';

export function evidenceTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.figure, 0.9, 'center'],
      [COLUMNS.fact, 3],
      [COLUMNS.source, 1.6],
    ]),
    rows: f
      .cards('evidence')
      .map((e) => [
        cell(language, str(e, 'figure')),
        cell(language, [nameOf(e, language), e.body].filter((s) => s.trim()).join(' — ')),
        cell(
          language,
          [str(e, 'source'), typeof e.fields.year === 'number' ? String(e.fields.year) : undefined].filter(Boolean).join(', '),
        ),
      ]),
  };
}

/** The objections raised, who raised them, and our answer: the group's own, else built from the workshop's figures. */
export function objectionsTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.objection, 2],
      [COLUMNS.answer, 3.4],
    ]),
    rows: raisedObjections(f, language).map((o) => [
      cell(language, [o.statement, o.raisedBy].filter(Boolean).join(' — ')),
      cell(language, o.answer, 600),
    ]),
  };
}

export function whyNowBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [
    // The cost of doing nothing first: it is what this section argues.
    ...quoted(f, language, [
      'context.costOfDoingNothing',
      'context.whyNow',
      'context.whatIsSaid',
      'context.organisationSummary',
      'context.mission',
    ]),
  ];
  const notes = f.cards('note').filter((n) => n.step === 'context');
  if (notes.length) {
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.context) });
    blocks.push({ type: 'bullets', items: notes.map((n) => ({ label: nameOf(n, language), text: clip(n.body, 600) })) });
  }
  if (f.cards('evidence').length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.evidence) }, evidenceTable(f, language));
  const objections = objectionsTable(f, language);
  if (objections.rows.length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.objections) }, objections);
  const benefits = f.cards('benefit');
  if (benefits.length) {
    blocks.push({ type: 'heading', text: tr(language, HEADINGS.benefits) });
    blocks.push({
      type: 'bullets',
      items: benefits.map((b) => ({ text: [nameOf(b, language), clip(b.body, 400)].filter((s) => s.trim()).join(' — ') })),
    });
  }
  return blocks;
}
