// Four realistic workshops (start-up, luxury brand, restaurant, industrial firm), with what a consultant expects the check to say.
import type { Scenario } from './build';

const ch = (ref: string, platform: string, title = platform) => ({
  ref,
  step: 'channels' as const,
  kind: 'channel',
  title,
  fields: { platform },
});

export const startup: Scenario = {
  name: 'Kipli : lancer l’application',
  organisation: 'Kipli SAS',
  sector: 'Start-up (fintech)',
  date: '2026-09-01',
  cards: [
    ...[1, 2, 3, 4, 5].map((n) => ({
      ref: `o${n}`,
      step: 'objectives' as const,
      kind: 'objective',
      title: ['Téléchargements', 'Notoriété', 'Recrutement', 'Levée de fonds', 'Presse'][n - 1]!,
      fields: { priority: n, metric: 'Volume', target: 1000, deadline: '2027-09-01' },
    })),
    {
      ref: 'p1',
      step: 'targets',
      kind: 'persona',
      title: 'Freelances de 25-35 ans',
      fields: { rank: 1, whereOnline: ['instagram', 'tiktok'] },
    },
    ch('c1', 'tiktok', 'TikTok'),
    ch('c2', 'instagram', 'Instagram'),
    ch('c3', 'x', 'X'),
    ch('c4', 'linkedin', 'LinkedIn'),
    { ref: 'f', step: 'resources', kind: 'person', title: 'Hugo, cofondateur', fields: { role: 'Community manager', hoursPerWeek: 5 } },
    ...(['tiktok', 'instagram', 'x', 'linkedin'] as const).map((p) => ({
      ref: `k${p}`,
      step: 'content' as const,
      kind: 'cadence',
      title: p,
      fields: { platform: p, postsPerWeek: 5 },
    })),
  ],
  links: [
    ['reaches', 'c1', 'p1'],
    ['reaches', 'c2', 'p1'],
    ['reaches', 'c3', 'p1'],
    ['reaches', 'c4', 'p1'],
  ],
  answers: [['measurement.firstJudgementMonths', 2]],
  // X needs a post a day (Socle's benchmark): five a week there is flagged.
  expect: ['convince.impatient', 'objectives.too_many', 'capacity.over', 'channels.no_objective', 'content.cadence_low'],
  forbid: ['channels.too_many', 'resources.no_people', 'channels.unmonitored', 'channels.no_target'],
};

export const luxury: Scenario = {
  name: 'Maison Aurèle : la maroquinerie sur Instagram',
  organisation: 'Maison Aurèle',
  sector: 'Luxe',
  date: '2026-10-15',
  cards: [
    {
      ref: 'o1',
      step: 'objectives',
      kind: 'objective',
      title: 'Image de marque',
      fields: { metric: 'Mentions positives', target: 300, deadline: '2027-10-15' },
    },
    {
      ref: 'p1',
      step: 'targets',
      kind: 'persona',
      title: 'Clientèle internationale aisée',
      fields: { rank: 1, whereOnline: ['instagram'] },
    },
    {
      ref: 'p2',
      step: 'targets',
      kind: 'persona',
      title: 'Stylistes et journalistes mode',
      fields: { rank: 2, whereOnline: ['instagram', 'pinterest'] },
    },
    ch('ig', 'instagram', 'Instagram'),
    ch('pi', 'pinterest', 'Pinterest'),
    { ref: 'pl1', step: 'content', kind: 'pillar', title: 'Nouvelles collections', fields: { valueShare: 10 } },
    { ref: 'pl2', step: 'content', kind: 'pillar', title: 'Offres boutique', fields: { valueShare: 5 } },
  ],
  links: [
    ['reaches', 'ig', 'p1'],
    ['reaches', 'ig', 'p2'],
    ['reaches', 'pi', 'p2'],
    ['serves', 'ig', 'o1'],
    ['serves', 'pi', 'o1'],
  ],
  answers: [
    ['governance.transparencyCharter', true],
    ['governance.outsideOpinion', 'agency'],
    ['content.toneWords', ['raffiné', 'discret']],
    ['content.postsPerWeek', 12],
    ['resources.agencyRole', 'community'],
  ],
  expect: ['content.too_commercial'],
  forbid: [
    'governance.no_charter',
    'governance.no_outside_opinion',
    'content.no_tone',
    'content.cadence_low',
    'channels.unmonitored',
    'channels.no_target',
  ],
};

export const restaurant: Scenario = {
  name: 'Le Bistrot des Halles : remplir le midi',
  organisation: 'Le Bistrot des Halles',
  sector: 'Restauration',
  date: '2026-09-15',
  cards: [
    {
      ref: 'o1',
      step: 'objectives',
      kind: 'objective',
      title: 'Remplir le service du midi',
      fields: { metric: 'Couverts le midi', target: 60, deadline: '2027-06-30' },
    },
    {
      ref: 'p1',
      step: 'targets',
      kind: 'persona',
      title: 'Salariés du quartier des Halles',
      fields: { rank: 1, whereOnline: ['instagram', 'google_business'] },
    },
    { ref: 'p2', step: 'targets', kind: 'persona', title: 'Touristes le week-end', fields: { rank: 2, whereOnline: ['google_business'] } },
    ch('fb', 'facebook', 'Facebook'),
    ch('ig', 'instagram', 'Instagram'),
    ch('gb', 'google_business', 'Fiche Google'),
    { ref: 'g', step: 'resources', kind: 'person', title: 'Camille, gérante', fields: { hoursPerWeek: 4 } },
    {
      ref: 'plan',
      step: 'calendar',
      kind: 'calendar_item',
      title: 'Si Camille est absente : Théo publie le menu',
      fields: { type: 'contingency' },
    },
  ],
  links: [
    ['reaches', 'ig', 'p1'],
    ['reaches', 'gb', 'p1'],
    ['reaches', 'gb', 'p2'],
    ['reaches', 'fb', 'p1'],
    ['serves', 'ig', 'o1'],
    ['serves', 'gb', 'o1'],
    ['serves', 'fb', 'o1'],
  ],
  answers: [
    ['content.postsPerWeek', 1],
    ['content.toneWords', ['convivial', 'simple']],
    ['governance.owner', 'Camille'],
  ],
  expect: ['content.cadence_low'],
  forbid: [
    'content.no_tone',
    'calendar.no_contingency',
    'channels.unmonitored',
    'resources.no_people',
    'governance.no_owner',
    'channels.no_target',
  ],
};

export const industrial: Scenario = {
  name: 'Pompes Marchal : exister auprès des acheteurs',
  organisation: 'Pompes Marchal SA',
  sector: 'Industrie',
  date: '2026-09-30',
  cards: [
    {
      ref: 'o1',
      step: 'objectives',
      kind: 'objective',
      title: 'Demandes de devis',
      fields: { metric: 'Devis', target: 50, deadline: '2026-12-31' },
    },
    { ref: 'p1', step: 'targets', kind: 'persona', title: 'Acheteurs de collectivités', fields: { rank: 1, whereOnline: ['linkedin'] } },
    { ref: 'p2', step: 'targets', kind: 'persona', title: 'Bureaux d’études', fields: { rank: 2, whereOnline: ['linkedin', 'youtube'] } },
    ch('li', 'linkedin', 'LinkedIn'),
    ch('yt', 'youtube', 'YouTube'),
    { ref: 't1', step: 'swot', kind: 'swot', title: 'Concurrent asiatique moins cher', fields: { quadrant: 'threat' } },
    { ref: 't2', step: 'swot', kind: 'swot', title: 'Départ à la retraite des experts', fields: { quadrant: 'threat' } },
    { ref: 't3', step: 'swot', kind: 'swot', title: 'Critiques sur les délais', fields: { quadrant: 'threat' } },
    { ref: 'w', step: 'swot', kind: 'swot', title: 'Site web daté', fields: { quadrant: 'weakness' } },
  ],
  links: [
    ['reaches', 'li', 'p1'],
    ['reaches', 'li', 'p2'],
    ['reaches', 'yt', 'p2'],
    ['serves', 'li', 'o1'],
    ['serves', 'yt', 'o1'],
  ],
  answers: [
    ['governance.maxValidationHours', 72],
    ['governance.owner', 'Direction marketing'],
    ['resources.hoursPerWeek', 15],
  ],
  expect: ['objectives.deadline_too_soon', 'swot.threat_no_mitigation', 'governance.slow_validation'],
  forbid: ['governance.no_validation', 'swot.strengths_only', 'governance.no_owner', 'channels.unmonitored', 'resources.no_people'],
};
