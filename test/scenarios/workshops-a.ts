// Four realistic workshops (retail chain, B2B services, public body, NGO), with what a consultant expects the check to say.
import type { Scenario } from './build';

const ch = (ref: string, platform: string, title = platform) => ({
  ref,
  step: 'channels' as const,
  kind: 'channel',
  title,
  fields: { platform },
});

export const retail: Scenario = {
  name: 'Boulangeries Verdier : stratégie réseaux 2027',
  organisation: 'Verdier (42 boulangeries)',
  sector: 'Commerce de détail',
  date: '2026-09-10',
  cards: [
    {
      ref: 'o1',
      step: 'objectives',
      kind: 'objective',
      title: 'Faire venir en magasin',
      fields: { metric: 'Coupons utilisés', target: 5000, deadline: '2027-09-30' },
    },
    { ref: 'p1', step: 'targets', kind: 'persona', title: 'Tous nos clients', fields: { rank: 1, whereOnline: ['facebook'] } },
    ch('c1', 'facebook', 'Facebook'),
    ch('c2', 'instagram', 'Instagram'),
    ch('c3', 'tiktok', 'TikTok'),
    ch('c4', 'pinterest', 'Pinterest'),
    { ref: 'cm', step: 'resources', kind: 'person', title: 'Julie', fields: { role: 'Community manager', hoursPerWeek: 35 } },
    { ref: 'k1', step: 'content', kind: 'cadence', title: 'Facebook', fields: { platform: 'facebook', postsPerWeek: 4 } },
  ],
  links: [
    ['serves', 'c1', 'o1'],
    ['serves', 'c2', 'o1'],
    ['serves', 'c3', 'o1'],
    ['serves', 'c4', 'o1'],
  ],
  answers: [
    ['stakeholders.departments', ['executive', 'sales', 'it', 'legal', 'hr', 'marketing']],
    ['resources.annualBudget', 60000],
    ['resources.toolsBudgeted', true],
    ['listening.saidAboutUs', 'Des avis Google élogieux sur le pain, des plaintes sur l’attente le dimanche.'],
    ['listening.competitors', ['Paul', 'Marie Blachère']],
    ['measurement.postCampaignReview', true],
    ['content.toneWords', ['gourmand', 'proche']],
  ],
  expect: ['targets.everyone', 'channels.no_target', 'content.cadence_low'],
  forbid: [
    'channels.unmonitored',
    'stakeholders.missing_departments',
    'budget.none',
    'resources.no_people',
    'listening.none',
    'listening.no_tool_budget',
    'listening.no_competitor',
    'measurement.no_review',
    'objectives.no_kpi',
    'content.no_tone',
  ],
};

export const b2b: Scenario = {
  name: 'Cabinet Arcane Conseil : LinkedIn d’abord',
  organisation: 'Arcane Conseil',
  sector: 'Services aux entreprises',
  date: '2026-10-01',
  cards: [
    {
      ref: 'o1',
      step: 'objectives',
      kind: 'objective',
      title: 'Prospects qualifiés',
      fields: { metric: 'Demandes de rendez-vous', target: 40, deadline: '2027-06-30' },
    },
    { ref: 'p1', step: 'targets', kind: 'persona', title: 'DSI de PME industrielles', fields: { whereOnline: ['LinkedIn'] } },
    ch('li', 'linkedin', 'LinkedIn'),
    {
      ref: 'k1',
      step: 'content',
      kind: 'cadence',
      title: 'LinkedIn',
      fields: { platform: 'linkedin', postsPerWeek: 3, responseTimeHours: 8 },
    },
    { ref: 'own', step: 'governance', kind: 'governance_rule', title: 'Responsable', fields: { rule: 'owner', who: 'Sophie, associée' } },
  ],
  links: [
    ['reaches', 'li', 'p1'],
    ['serves', 'li', 'o1'],
  ],
  answers: [
    ['convince.patienceMonths', 3],
    ['governance.negativeFeedback', 'undecided'],
    ['governance.crisisEscalation', 'pas encore décidé'],
    ['resources.hoursPerWeek', 10],
    ['channels.chosen', ['linkedin']],
    ['measurement.postCampaignReview', true],
    ['listening.saidAboutUs', 'Peu de mentions ; quelques recommandations de clients sur LinkedIn.'],
  ],
  expect: ['targets.single', 'convince.impatient', 'governance.no_feedback_process'],
  forbid: [
    'channels.unmonitored',
    'governance.no_owner',
    'resources.no_people',
    'measurement.no_review',
    'channels.no_target',
    'content.cadence_low',
    'listening.none',
    'targets.everyone',
  ],
};

export const publicBody: Scenario = {
  name: 'Agglomération du Val : informer les habitants',
  organisation: 'Communauté d’agglomération du Val',
  sector: 'Secteur public',
  date: '2026-11-05',
  cards: [
    {
      ref: 'o1',
      step: 'objectives',
      kind: 'objective',
      title: 'Informer sur les travaux du tram',
      fields: { metric: 'Abonnés locaux', target: 8000, deadline: '2027-12-31' },
    },
    { ref: 'p1', step: 'targets', kind: 'persona', title: 'Riverains du chantier', fields: { rank: 1, whereOnline: ['facebook'] } },
    {
      ref: 'p2',
      step: 'targets',
      kind: 'persona',
      title: 'Commerçants du centre',
      fields: { rank: 2, whereOnline: ['facebook', 'linkedin'] },
    },
    ch('fb', 'facebook', 'Facebook'),
    {
      ref: 'dgs',
      step: 'stakeholders',
      kind: 'stakeholder',
      title: 'Directeur général des services',
      fields: { stance: 'skeptic', power: 5, department: 'executive', plan: 'Lui montrer les questions sans réponse des riverains' },
    },
  ],
  links: [
    ['reaches', 'fb', 'p1'],
    ['reaches', 'fb', 'p2'],
    ['serves', 'fb', 'o1'],
  ],
  participants: [
    { name: 'Anne Roux', department: 'Communication', stance: 'champion' },
    { name: 'Marc Petit', department: 'DSI' },
    { name: 'Leïla Haddad', department: 'Juridique' },
    { name: 'Paul Vidal', department: 'RH' },
  ],
  answers: [
    ['convince.sponsor', 'à définir'],
    ['listening.saidAboutUs', 'Beaucoup de questions sur les déviations, souvent sans réponse.'],
    ['resources.annualBudget', 20000],
  ],
  expect: ['convince.skeptic_no_sponsor', 'stakeholders.missing_departments', 'channels.unmonitored'],
  forbid: ['stakeholders.skeptic_no_plan', 'targets.not_ranked', 'listening.none', 'budget.none', 'channels.no_target', 'targets.everyone'],
};

export const ngo: Scenario = {
  name: 'Les Paniers Solidaires : recruter des bénévoles',
  organisation: 'Les Paniers Solidaires',
  sector: 'Association',
  date: '2026-09-20',
  cards: [
    {
      ref: 'o1',
      step: 'objectives',
      kind: 'objective',
      title: 'Recruter 60 bénévoles',
      fields: { metric: 'Inscriptions', target: 60, deadline: '2027-09-01' },
    },
    { ref: 'p1', step: 'targets', kind: 'persona', title: 'Jeunes retraités du quartier', fields: { rank: 1, whereOnline: ['facebook'] } },
    { ref: 'p2', step: 'targets', kind: 'persona', title: 'Étudiants en service civique', fields: { rank: 2, whereOnline: ['instagram'] } },
    ch('fb', 'facebook', 'Facebook'),
    { ref: 's1', step: 'swot', kind: 'swot', title: 'Bénévoles très engagés', fields: { quadrant: 'strength' } },
    { ref: 's2', step: 'swot', kind: 'swot', title: 'Belle image dans le quartier', fields: { quadrant: 'strength' } },
    { ref: 'b1', step: 'resources', kind: 'budget_line', title: 'Publicité', fields: { category: 'ads', amount: 0, period: 'year' } },
  ],
  links: [
    ['reaches', 'fb', 'p1'],
    ['serves', 'fb', 'o1'],
  ],
  answers: [
    ['resources.hoursPerWeek', 6],
    ['resources.toolsBudgeted', false],
    ['governance.owner', 'Nadia, présidente'],
    ['listening.saidAboutUs', 'Des remerciements, quelques questions sur les horaires de distribution.'],
  ],
  expect: ['swot.strengths_only', 'budget.none', 'listening.no_tool_budget'],
  forbid: ['resources.no_people', 'governance.no_owner', 'channels.unmonitored', 'listening.none', 'targets.not_ranked', 'targets.single'],
};
