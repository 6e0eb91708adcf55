// The outline and the deck built from a workshop: every section of DESIGN 6, sentences from the figures, 12 to 18 slides with notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_IDS, buildDeck, buildOutline, type DocumentInput } from '../../../shared/document';
import { makeHost, must } from '../../helpers/host';
import { TRICKY, buildFixture, type TestHost } from './fixture';

let host: TestHost;
let input: DocumentInput;
let empty: DocumentInput;
beforeAll(async () => {
  host = makeHost();
  const { workshopId } = await buildFixture(host);
  input = await must(host, 'workshop.get', { workshopId });
  empty = await must(host, 'workshop.get', { workshopId: (await must(host, 'workshop.create', { title: 'Vide' })).id });
});
afterAll(() => host.dispose());

/** The value as searchable text, no-break spaces made plain. */
const text = (value: unknown) => JSON.stringify(value).replace(/\u00a0/g, ' ');

describe('the outline', () => {
  it('has every section in reading order, numbered, in French', () => {
    const o = buildOutline(input, { language: 'fr' });
    expect(o.cover?.title).toBe('Maison Lorand & Fils');
    // No snapshot was taken: the before/after section has nothing to compare and is left out.
    expect(o.sections.map((s) => s.id)).toEqual(SECTION_IDS.filter((id) => id !== 'cover' && id !== 'beforeAfter'));
    expect(o.sections.map((s) => s.number)).toEqual(o.sections.map((_, i) => i + 1));
    expect(o.sections[0]!.title).toBe('La décision demandée');
    expect(o.sections.find((s) => s.id === 'channels')!.title).toBe('Canaux retenus et pourquoi');
  });

  it('writes the executive summary from the workshop figures', () => {
    const summary = text(buildOutline(input, { language: 'fr' }).sections[0]);
    expect(summary).toContain('3 objectifs');
    expect(summary).toContain('Doubler les commandes de la boutique en ligne');
    expect(summary).toContain('Amateurs de produits du terroir');
    expect(summary).toContain('Instagram, LinkedIn et Fiche Google du domaine');
    expect(summary).toMatch(/11\s200\s€/);
    expect(summary).toMatch(/15,8 h par semaine/);
    expect(summary).toContain('Lancer sous conditions');
  });

  it('explains each channel from its links and its fit', () => {
    const channels = text(buildOutline(input, { language: 'fr' }).sections.find((s) => s.id === 'channels'));
    expect(channels).toContain('Touche');
    expect(channels).toContain('Sert');
    expect(channels).toMatch(/Adéquation \d+\/30/);
  });

  it('lists findings, the accepted one with its reason, and the appendix with votes and the parking lot', () => {
    const o = buildOutline(input, { language: 'fr' });
    const risks = text(o.sections.find((s) => s.id === 'risks'));
    expect(risks).toContain('Accepté : Veille tarifaire trimestrielle décidée');
    const appendix = text(o.sections.find((s) => s.id === 'appendix'));
    expect(appendix).toContain('Hélène Lorand');
    expect(appendix).toContain('Résultats des votes');
    expect(appendix).toContain(TRICKY.parking);
    expect(appendix).toContain('S5');
  });

  it('keeps only the sections asked for, and speaks English when asked', () => {
    const o = buildOutline(input, { language: 'en', sections: ['objectives', 'budget'] });
    expect(o.cover).toBeNull();
    expect(o.sections.map((s) => [s.number, s.title])).toEqual([
      [1, 'Objectives'],
      [2, 'Money and return'],
    ]);
    expect(text(o)).toContain('€11,200 a year');
  });

  it('leaves out what an empty workshop has not decided, and lists it among the decisions still to take', () => {
    const o = buildOutline(empty, { language: 'fr' });
    expect(o.sections.map((s) => s.id)).toEqual(['summary', 'risks', 'decisions', 'appendix']);
    expect(text(o)).not.toContain('Non décidé pendant l’atelier.');
    expect(text(o)).toContain('Aucun objectif n’a encore été fixé');
    expect(text(o)).toContain('Décisions encore à prendre');
    expect(text(o)).toContain('Fixer un à trois objectifs chiffrés et datés');
  });
});

describe('the deck', () => {
  it('has 12 to 18 slides for a complete workshop, fewer for an empty one, each with a title and notes citing the articles', () => {
    for (const source of [input, empty]) {
      for (const language of ['fr', 'en'] as const) {
        const deck = buildDeck(source, { language });
        expect(deck.slides.length).toBeGreaterThanOrEqual(source === input ? 12 : 4);
        expect(deck.slides.length).toBeLessThanOrEqual(18);
        for (const s of deck.slides) {
          expect(s.title.trim()).not.toBe('');
          expect(s.notes).toMatch(/S[1-5]/);
          expect(s.notes.length).toBeGreaterThan(120);
        }
      }
    }
  });

  it('puts figures in the takeaways and charts on the budget and KPI slides', () => {
    const deck = buildDeck(input, { language: 'fr' });
    // The budget decided in the room (12 000 €), the one the asks name, not the costed lines' 11 200 €.
    expect(deck.slides[1]!.title).toMatch(/3 objectifs, 3 canaux et 12\s000\s€/);
    const budget = deck.slides.find((s) => s.id === 'budget')!;
    // No objective carries a value here: no case table, so the budget by category goes beside the cost.
    expect([...budget.blocks, ...(budget.side ?? [])].filter((b) => b.type === 'chart')).toHaveLength(1);
    const objectives = deck.slides.find((s) => s.id === 'objectives')!;
    expect([...objectives.blocks, ...(objectives.side ?? [])].some((b) => b.type === 'chart')).toBe(true);
    expect(deck.slides.find((s) => s.id === 'governance')!.notes).toContain('60 %');
  });
});
