// Quick-fix plans and labels: which cards are created (and linked), which pick is asked, which field is opened.
import { describe, expect, it } from 'vitest';
import { card, link } from '../../../shared/checks/test-kit';
import { translate } from '../../i18n';
import { fixLabel, planFix, slot } from './quickFixes';

const objective = card('objective', { metric: 'Abonnés', baseline: 120, target: 500 }, 'Notoriété locale', 'o1');
const bare = card('objective', {}, 'Recruter', 'o2');
const channel = card('channel', { platform: 'linkedin' }, 'LinkedIn', 'c1');
const persona = card('persona', {}, 'Cadres', 'p1');
const other = card('persona', {}, 'Étudiants', 'p2');
const data = { cards: [objective, bare, channel, persona, other], links: [link('reaches', channel, persona)] };

describe('planFix', () => {
  it('adds a KPI in the measurement step from the objective’s figures and links it with "measures"', () => {
    expect(planFix({ kind: 'add_kpi', objectiveIds: ['o1'] }, data, 'fr')).toEqual({
      kind: 'create',
      drafts: [
        {
          step: 'measurement',
          kind: 'kpi',
          title: 'Abonnés',
          fields: { metric: 'Abonnés', baseline: 120, target: 500 },
          x: 0,
          y: 0,
        },
      ],
      links: [{ kind: 'measures', toCard: 'o1' }],
    });
    const plain = planFix({ kind: 'add_kpi', objectiveIds: ['o2'] }, data, 'fr');
    expect(plain?.kind === 'create' && plain.drafts[0]).toMatchObject({ title: 'Recruter', fields: {} });
  });

  it('adds one KPI per objective listed, each in its own cell and linked to its own objective', () => {
    const plan = planFix({ kind: 'add_kpi', objectiveIds: ['o1', 'o2', 'gone'] }, data, 'fr');
    expect(plan?.kind === 'create' && plan.drafts.map((d) => [d.title, d.x])).toEqual([
      ['Abonnés', 0],
      ['Recruter', 260],
    ]);
    expect(plan?.kind === 'create' && plan.links).toEqual([
      { kind: 'measures', toCard: 'o1' },
      { kind: 'measures', toCard: 'o2' },
    ]);
  });

  it('creates the card a rule names, with its title in the language and its fields', () => {
    const fix = {
      kind: 'add_card' as const,
      step: 'calendar' as const,
      cardKind: 'calendar_item' as const,
      title: { fr: 'Bilan de campagne', en: 'Post-campaign review' },
      fields: { type: 'milestone' },
    };
    const plan = planFix(fix, data, 'en');
    expect(plan).toMatchObject({
      kind: 'create',
      links: [null],
      drafts: [{ step: 'calendar', kind: 'calendar_item', title: 'Post-campaign review' }],
    });
    expect(plan?.kind === 'create' && plan.drafts[0]?.fields).toEqual({ type: 'milestone' });
  });

  it('adds a governance rule named in the language, and one stakeholder per missing department on free cells', () => {
    expect(planFix({ kind: 'add_governance_rule', rule: 'owner' }, data, 'fr')).toMatchObject({
      kind: 'create',
      drafts: [{ step: 'governance', kind: 'governance_rule', title: 'Responsable', fields: { rule: 'owner' } }],
    });
    const plan = planFix({ kind: 'add_stakeholders', departments: ['legal', 'it'] }, data, 'en');
    expect(plan?.kind === 'create' && plan.drafts.map((d) => [d.title, d.fields, d.x])).toEqual([
      ['Legal', { department: 'legal' }, 0],
      ['IT', { department: 'it' }, 260],
    ]);
  });

  it('asks which target or objective to link, leaving out those already linked', () => {
    const targets = planFix({ kind: 'link_channel_target', channelIds: ['c1'] }, data, 'fr');
    expect(targets?.kind === 'link' && [targets.linkKind, targets.choices.map((c) => c.id)]).toEqual(['reaches', ['p2']]);
    // For a list, a target one channel already reaches is still offered: the others need it.
    const two = card('channel', {}, 'Instagram', 'c2');
    const both = planFix({ kind: 'link_channel_target', channelIds: ['c1', 'c2'] }, { ...data, cards: [...data.cards, two] }, 'fr');
    expect(both?.kind === 'link' && [both.fromCards, both.choices.map((c) => c.id)]).toEqual([
      ['c1', 'c2'],
      ['p1', 'p2'],
    ]);
    const objectives = planFix({ kind: 'link_channel_objective', channelIds: ['c1'] }, data, 'fr');
    expect(objectives?.kind === 'link' && [objectives.linkKind, objectives.choices.map((c) => c.id)]).toEqual(['serves', ['o1', 'o2']]);
  });

  it('opens a field, removes a channel, and gives up when the card is gone', () => {
    expect(planFix({ kind: 'edit_field', cardId: 'o2', field: 'deadline' }, data, 'fr')).toEqual({
      kind: 'edit',
      cardId: 'o2',
      step: 'objectives',
      field: 'deadline',
    });
    expect(planFix({ kind: 'remove_channel', channelId: 'c1' }, data, 'fr')).toEqual({ kind: 'remove', card: channel });
    expect(planFix({ kind: 'add_kpi', objectiveIds: ['gone'] }, data, 'fr')).toBeNull();
    expect(planFix({ kind: 'link_channel_target', channelIds: ['gone'] }, data, 'fr')).toBeNull();
  });
});

describe('slot', () => {
  it('places new cards on the board’s four-column grid after the step’s cards', () => {
    expect(slot(data.cards, 'objectives')).toEqual({ x: 520, y: 0 });
    expect(slot(data.cards, 'objectives', 2)).toEqual({ x: 0, y: 160 });
    expect(slot([], 'swot')).toEqual({ x: 0, y: 0 });
  });
});

describe('fixLabel', () => {
  const say = (fix: Parameters<typeof fixLabel>[0], language: 'fr' | 'en' = 'fr') => {
    const label = fixLabel(fix, data, language);
    return translate(language, label.key, label.vars);
  };
  it('says what the button will do, in each language', () => {
    expect(say({ kind: 'add_kpi', objectiveIds: ['o1'] }, 'en')).toBe('Add a KPI for this objective');
    expect(say({ kind: 'add_card', step: 'resources', cardKind: 'budget_line' })).toBe('Ajouter\u00a0: Ligne de budget');
    expect(say({ kind: 'add_governance_rule', rule: 'owner' }, 'en')).toBe('Add the “Owner” rule');
    expect(say({ kind: 'edit_field', cardId: 'o2', field: 'deadline' })).toBe('Compléter\u00a0: Échéance');
    expect(say({ kind: 'remove_channel', channelId: 'c1' })).toBe('Retirer le canal «\u00a0LinkedIn\u00a0»');
    expect(say({ kind: 'add_stakeholders', departments: ['hr', 'sales'] }, 'en')).toBe('Add: Human resources, Sales');
    expect(say({ kind: 'link_channel_target', channelIds: ['c1'] })).toBe('Relier ce canal à une cible');
    expect(say({ kind: 'link_channel_target', channelIds: ['c1', 'c2', 'c3', 'c4'] })).toBe('Relier ces 4 canaux à une cible');
    expect(say({ kind: 'add_kpi', objectiveIds: ['o1', 'o2'] }, 'en')).toBe('Add a KPI for each of the 2 objectives');
  });
});
