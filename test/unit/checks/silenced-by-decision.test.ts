// Property: for every rule that waits for a decision, recording it only as an answer, or only as a card, silences the rule;
// recording "not decided yet" does not. A rule that reads decisions and is missing from this table fails the last test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Card, Link } from '../../../shared/model';
import { UNDECIDED } from '../../../shared/decisions';
import { RULES } from '../../../shared/checks/rules';
import { answer, card, input } from '../../../shared/checks/test-kit';
import type { CheckInput } from '../../../shared/checks/types';

interface Case {
  /** What makes the rule fire when nothing is decided. */
  base?: () => { cards?: Card[]; links?: Link[] };
  asAnswer: Answer[];
  asCard: () => { cards: Card[]; links?: Link[] };
  /** The same questions answered "not decided yet" (the option, a free text saying so, or cleared). */
  undecided: Answer[];
}

const channel = () => card('channel', { platform: 'linkedin' }, 'Page LinkedIn', 'ch');
const persona = () => card('persona', {}, 'Acheteurs industriels', 'pe');
const withChannel = () => ({ cards: [channel()] });

const CASES: Record<string, Case> = {
  'objectives.none': {
    asAnswer: [answer('objectives.primaryObjective', 'leads')],
    asCard: () => ({ cards: [card('objective')] }),
    undecided: [answer('objectives.primaryObjective', UNDECIDED)],
  },
  'targets.none': {
    asAnswer: [answer('targets.primaryTarget', 'Directeurs d’usine')],
    asCard: () => ({ cards: [persona()] }),
    undecided: [answer('targets.primaryTarget', 'à définir')],
  },
  'targets.no_where_online': {
    base: () => ({ cards: [persona()] }),
    asAnswer: [answer('targets.whereTheyTalk', ['linkedin'])],
    asCard: () => ({ cards: [card('persona', { whereOnline: ['LinkedIn'] }, 'Acheteurs', 'pe')] }),
    undecided: [answer('targets.whereTheyTalk', [])],
  },
  'targets.not_ranked': {
    base: () => ({ cards: [card('persona', {}, 'A', 'a'), card('persona', {}, 'B', 'b')] }),
    asAnswer: [answer('targets.ranked', true)],
    asCard: () => ({ cards: [card('persona', { rank: 1 }, 'A', 'a'), card('persona', { rank: 2 }, 'B', 'b')] }),
    undecided: [answer('targets.ranked', null)],
  },
  'targets.single': {
    base: () => ({ cards: [persona()] }),
    asAnswer: [answer('targets.ranked', true)],
    asCard: () => ({ cards: [card('persona', { rank: 1 }, 'Acheteurs', 'pe')] }),
    undecided: [answer('targets.ranked', null)],
  },
  'listening.none': {
    asAnswer: [answer('listening.saidAboutUs', 'Des avis Google sur les délais de livraison')],
    asCard: () => ({ cards: [card('finding', { source: 'us' })] }),
    undecided: [answer('listening.saidAboutUs', 'On ne sait pas')],
  },
  'listening.no_competitor': {
    base: () => ({ cards: [card('finding', { source: 'us' })] }),
    asAnswer: [answer('listening.competitors', ['Maison Dupont'])],
    asCard: () => ({ cards: [card('finding', { source: 'us' }), card('finding', { source: 'competitor' })] }),
    undecided: [answer('listening.competitors', ['TBD'])],
  },
  'channels.none': {
    asAnswer: [answer('channels.chosen', ['linkedin'])],
    asCard: withChannel,
    undecided: [answer('channels.chosen', [])],
  },
  'channels.unmonitored': {
    base: withChannel,
    asAnswer: [answer('governance.owner', 'Inès Morel'), answer('resources.hoursPerWeek', 10)],
    asCard: () => ({ cards: [channel(), card('person', { role: 'Community manager', hoursPerWeek: 10 }, 'Inès')] }),
    undecided: [answer('governance.owner', 'pas encore décidé'), answer('resources.hoursPerWeek', 10)],
  },
  'content.cadence_low': {
    base: withChannel,
    asAnswer: [answer('content.postsPerWeek', 10)],
    asCard: () => ({ cards: [channel(), card('cadence', { platform: 'linkedin', postsPerWeek: 10 })] }),
    undecided: [answer('content.postsPerWeek', null)],
  },
  'content.no_tone': {
    asAnswer: [answer('content.toneWords', ['expert', 'chaleureux'])],
    asCard: () => ({ cards: [card('pillar', { tone: 'expert' })] }),
    undecided: [answer('content.toneWords', ['à définir'])],
  },
  'content.no_value': {
    base: () => ({ cards: [card('pillar')] }),
    asAnswer: [answer('content.valueShare', 60)],
    asCard: () => ({ cards: [card('pillar', { valueShare: 60 })] }),
    undecided: [answer('content.valueShare', null)],
  },
  'content.no_response_time': {
    base: withChannel,
    asAnswer: [answer('content.responseTimeHours', 4)],
    asCard: () => ({ cards: [channel(), card('cadence', { platform: 'linkedin', responseTimeHours: 4 })] }),
    undecided: [answer('content.responseTimeHours', null)],
  },
  'calendar.no_contingency': {
    asAnswer: [answer('calendar.contingency', 'Si la CM est absente, la responsable com publie les contenus prêts.')],
    asCard: () => ({ cards: [card('calendar_item', { type: 'contingency' })] }),
    undecided: [answer('calendar.contingency', 'Pas encore décidé')],
  },
  'stakeholders.missing_departments': {
    asAnswer: [answer('stakeholders.departments', ['legal', 'it', 'hr', 'sales', 'executive'])],
    asCard: () => ({ cards: (['legal', 'it', 'hr', 'sales', 'executive'] as const).map((d) => card('stakeholder', { department: d })) }),
    undecided: [answer('stakeholders.departments', [UNDECIDED])],
  },
  'governance.no_owner': {
    asAnswer: [answer('governance.owner', 'Claire Martin')],
    asCard: () => ({ cards: [card('governance_rule', { rule: 'owner', who: 'Claire Martin' })] }),
    undecided: [answer('governance.owner', 'not decided yet')],
  },
  'governance.no_validation': {
    asAnswer: [answer('governance.maxValidationHours', 4)],
    asCard: () => ({ cards: [card('governance_rule', { rule: 'validation', who: 'Directrice com' })] }),
    undecided: [answer('governance.maxValidationHours', null)],
  },
  'governance.no_feedback_process': {
    asAnswer: [
      answer('governance.negativeFeedback', 'answer_publicly'),
      answer('governance.crisisEscalation', 'CM, puis directrice com, puis DG'),
    ],
    asCard: () => ({ cards: [card('governance_rule', { rule: 'negative_feedback' }), card('governance_rule', { rule: 'crisis' })] }),
    undecided: [answer('governance.negativeFeedback', UNDECIDED), answer('governance.crisisEscalation', 'we do not answer')],
  },
  'governance.no_charter': {
    asAnswer: [answer('governance.transparencyCharter', true)],
    asCard: () => ({ cards: [card('governance_rule', { rule: 'charter' })] }),
    undecided: [answer('governance.transparencyCharter', null)],
  },
  'governance.no_training': {
    asAnswer: [answer('governance.training', true)],
    asCard: () => ({ cards: [card('governance_rule', { rule: 'training' })] }),
    undecided: [answer('governance.training', null)],
  },
  'governance.no_outside_opinion': {
    asAnswer: [answer('governance.outsideOpinion', 'peer')],
    asCard: () => ({ cards: [card('governance_rule', { rule: 'outside_opinion' })] }),
    undecided: [answer('governance.outsideOpinion', UNDECIDED)],
  },
  'swot.strengths_only': {
    base: () => ({ cards: [card('swot', { quadrant: 'strength' })] }),
    asAnswer: [answer('swot.topWeakness', 'Peu de contenus vidéo')],
    asCard: () => ({ cards: [card('swot', { quadrant: 'strength' }), card('swot', { quadrant: 'weakness' })] }),
    undecided: [answer('swot.topWeakness', 'à voir')],
  },
  'convince.skeptic_no_sponsor': {
    base: () => ({ cards: [card('stakeholder', { stance: 'skeptic', power: 5 }, 'PDG')] }),
    asAnswer: [answer('convince.sponsor', 'Claire, DAF')],
    asCard: () => ({
      cards: [
        card('stakeholder', { stance: 'skeptic', power: 5 }, 'PDG'),
        card('stakeholder', { stance: 'champion', department: 'executive' }),
      ],
    }),
    undecided: [answer('convince.sponsor', 'TBD')],
  },
  'budget.none': {
    asAnswer: [answer('resources.annualBudget', 15000)],
    asCard: () => ({ cards: [card('budget_line', { category: 'ads', amount: 500, period: 'month' })] }),
    undecided: [answer('resources.annualBudget', null)],
  },
  'listening.no_tool_budget': {
    asAnswer: [answer('resources.toolsBudgeted', true)],
    asCard: () => ({ cards: [card('budget_line', { category: 'tools', amount: 50, period: 'month' })] }),
    undecided: [answer('resources.toolsBudgeted', null)],
  },
  'resources.no_people': {
    asAnswer: [answer('resources.hoursPerWeek', 12)],
    asCard: () => ({ cards: [card('person', { hoursPerWeek: 12 })] }),
    undecided: [answer('resources.hoursPerWeek', null)],
  },
  'measurement.no_review': {
    asAnswer: [answer('measurement.postCampaignReview', true)],
    asCard: () => ({ cards: [card('calendar_item', { type: 'milestone' }, 'Bilan de campagne')] }),
    undecided: [answer('measurement.postCampaignReview', null)],
  },
};

/** Rules that read a decision's value rather than wait for one: a recorded decision can make them fire. */
const VALUE_RULES = new Set([
  'governance.slow_validation',
  'content.response_too_slow',
  'content.too_commercial',
  'targets.everyone',
  'convince.impatient',
]);

const fires = (ruleId: string, parts: Partial<CheckInput>) => RULES.find((r) => r.id === ruleId)!.run(input(parts)).length > 0;

describe('a decision recorded anywhere silences the rule that waits for it', () => {
  for (const [ruleId, c] of Object.entries(CASES)) {
    it(ruleId, () => {
      const base = c.base?.() ?? {};
      expect(fires(ruleId, { cards: base.cards ?? [], links: base.links ?? [] }), 'fires with nothing decided').toBe(true);
      expect(fires(ruleId, { cards: base.cards ?? [], links: base.links ?? [], answers: c.asAnswer }), 'answer only').toBe(false);
      const asCard = c.asCard();
      expect(fires(ruleId, { cards: asCard.cards, links: asCard.links ?? [] }), 'card only').toBe(false);
      expect(fires(ruleId, { cards: base.cards ?? [], links: base.links ?? [], answers: c.undecided }), '"not decided yet"').toBe(true);
    });
  }

  it('covers every rule that reads decisions', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'checks', 'rules');
    const reading = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .filter((f) => readFileSync(join(dir, f), 'utf8').includes('ctx.decided'))
      .map((f) => readFileSync(join(dir, f), 'utf8').match(/id: '([^']+)'/)![1]!);
    for (const id of reading) expect(id in CASES || VALUE_RULES.has(id), id).toBe(true);
    expect(Object.keys(CASES).every((id) => RULES.some((r) => r.id === id))).toBe(true);
  });
});
