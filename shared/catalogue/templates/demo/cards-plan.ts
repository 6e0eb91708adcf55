// Demo workshop (Maison Lorand), steps 6 to 8: channels, content and cadence, calendar.
import { at, bi, onTimeline, type TemplateCard } from '../build';

const START = '2026-09-01';

export const PLAN_CARDS: TemplateCard[] = [
  {
    ref: 'ch_instagram',
    step: 'channels',
    kind: 'channel',
    ...at(0, 0),
    title: bi('Instagram', 'Instagram'),
    fields: {
      platform: 'instagram',
      formats: ['short_video', 'image', 'story'],
      monitoredBy: bi('Camille Roux, chargée de communication', 'Camille Roux, communication officer'),
      role: bi(
        'Montrer le verger et les recettes, renvoyer vers la boutique en ligne',
        'Show the orchard and recipes, send people to the online shop',
      ),
    },
  },
  {
    ref: 'ch_linkedin',
    step: 'channels',
    kind: 'channel',
    ...at(0, 1),
    title: bi('LinkedIn', 'LinkedIn'),
    fields: {
      platform: 'linkedin',
      formats: ['text_post', 'image'],
      monitoredBy: bi('Julien Morel (RH) avec Camille Roux', 'Julien Morel (HR) with Camille Roux'),
      role: bi(
        'Recruter les saisonniers et entretenir la relation avec les cavistes',
        'Recruit seasonal workers and keep in touch with wine shops',
      ),
    },
  },
  {
    ref: 'ch_google',
    step: 'channels',
    kind: 'channel',
    ...at(0, 2),
    title: bi('Fiche Google du domaine', 'The estate’s Google listing'),
    fields: {
      platform: 'google_business',
      formats: ['review_reply', 'image'],
      monitoredBy: bi('Service client', 'Customer service'),
      role: bi(
        'Répondre aux avis, tenir à jour les horaires de la boutique du domaine',
        'Answer reviews, keep the estate shop’s opening hours up to date',
      ),
    },
  },
  {
    ref: 'pil_orchard',
    step: 'content',
    kind: 'pillar',
    ...at(0, 0),
    title: bi('Du verger au verre', 'From orchard to glass'),
    body: bi('Récolte, pressage, assemblage, les gens du domaine.', 'Harvest, pressing, blending, the people of the estate.'),
    fields: { formats: ['short_video', 'image'], valueShare: 90, tone: bi('Chaleureux et authentique', 'Warm and genuine') },
  },
  {
    ref: 'pil_offers',
    step: 'content',
    kind: 'pillar',
    ...at(1, 0),
    title: bi('Nouveautés et offres', 'New products and offers'),
    body: bi('Une publication sur cinq au plus.', 'One post in five at most.'),
    fields: { formats: ['image', 'story'], valueShare: 20, tone: bi('Direct et gourmand', 'Straightforward and tempting') },
  },
  {
    ref: 'cad_instagram',
    step: 'content',
    kind: 'cadence',
    ...at(0, 1),
    title: bi('Instagram : 4 par semaine', 'Instagram: 4 a week'),
    fields: { platform: 'instagram', postsPerWeek: 4, format: 'short_video', responseTimeHours: 24 },
  },
  {
    ref: 'cad_linkedin',
    step: 'content',
    kind: 'cadence',
    ...at(1, 1),
    title: bi('LinkedIn : 3 par semaine', 'LinkedIn: 3 a week'),
    fields: { platform: 'linkedin', postsPerWeek: 3, format: 'text_post', responseTimeHours: 48 },
  },
  {
    ref: 'cad_google',
    step: 'content',
    kind: 'cadence',
    ...at(2, 1),
    title: bi('Avis Google : réponse à chaque avis', 'Google reviews: answer every review'),
    fields: { platform: 'google_business', postsPerWeek: 5, format: 'review_reply', responseTimeHours: 48 },
  },
  {
    ref: 'cal_launch',
    step: 'calendar',
    kind: 'calendar_item',
    ...onTimeline('2026-09-01', START, 0),
    title: bi('Lancement : Instagram et réponses aux avis', 'Launch: Instagram and review replies'),
    fields: { type: 'phase', start: '2026-09-01', end: '2026-11-30' },
  },
  {
    ref: 'cal_christmas',
    step: 'calendar',
    kind: 'calendar_item',
    ...onTimeline('2026-12-01', START, 1),
    title: bi('Fêtes de fin d’année', 'Year-end holidays'),
    fields: { type: 'event', start: '2026-12-01', end: '2026-12-24' },
  },
  {
    ref: 'cal_review',
    step: 'calendar',
    kind: 'calendar_item',
    ...onTimeline('2027-03-01', START, 0),
    title: bi('Bilan à six mois', 'Six-month review'),
    fields: { type: 'milestone', start: '2027-03-01', end: '2027-03-01' },
  },
  {
    ref: 'cal_planb',
    step: 'calendar',
    kind: 'calendar_item',
    ...onTimeline('2026-12-01', START, 2),
    title: bi('Plan B : retards de livraison à Noël', 'Plan B: Christmas delivery delays'),
    body: bi(
      'Message d’excuse préparé, geste commercial validé d’avance, renfort du service client.',
      'Apology message ready, goodwill gesture approved in advance, extra customer service staff.',
    ),
    fields: {
      type: 'contingency',
      trigger: bi('Plus de cinq avis négatifs sur les délais en une semaine', 'More than five negative reviews about delays in one week'),
    },
  },
];
