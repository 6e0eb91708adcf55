// The evidence library of step 2: figures and facts from the source articles, each traced to its article and study.
import type { EvidenceDef } from './types';

export const EVIDENCE: EvidenceDef[] = [
  {
    id: 'bsi_planning_weaknesses',
    figure: { fr: '76 %', en: '76%' },
    statement: {
      fr: 'Plus de trois entreprises étudiées sur quatre présentent des faiblesses importantes dans la planification, l’exécution et la conduite dans la durée de leurs actions sur les réseaux sociaux.',
      en: 'More than three in four companies studied show serious weaknesses in planning, executing and sustaining their social media work over time.',
    },
    source: 'S3',
    reference: 'Brand Science Institute (Nils Andres)',
    answers: ['always_done', 'results'],
  },
  {
    id: 'bsi_validation_delay',
    figure: { fr: '+60 % de délai', en: '60% longer' },
    statement: {
      fr: 'La validation interne des campagnes prend 60 % de temps supplémentaire : l’idée s’use ou le bon moment est passé avant le lancement.',
      en: 'Companies take 60% longer to approve their campaigns internally: the idea goes stale or the right moment has passed before launch.',
    },
    source: 'S3',
    reference: 'Brand Science Institute (Nils Andres)',
    answers: ['no_time', 'too_risky'],
  },
  {
    id: 'bsi_no_department',
    figure: { fr: 'La plupart', en: 'Most' },
    statement: {
      fr: 'Dans la grande majorité des entreprises, aucun service n’a l’expertise ni la capacité de animer des réseaux sociaux sur la durée : c’est une question d’organisation, pas d’outil.',
      en: 'In the vast majority of companies, no department has the expertise or capacity to run social media work over time: it is an organisation problem, not a tool problem.',
    },
    source: 'S3',
    reference: 'Brand Science Institute (Nils Andres)',
    answers: ['always_done', 'no_time'],
  },
  {
    id: 'forrester_measured_benefits',
    figure: { fr: '7 sur 10', en: '7 in 10' },
    statement: {
      fr: 'Sur dix marques américaines actives sur les réseaux sociaux, sept affirmaient avoir constaté et chiffré des retombées positives de leur présence.',
      en: 'Seven in ten US brands active on social media said they had been able to measure benefits from that work.',
    },
    source: 'S3',
    reference: 'Forrester Research',
    year: 2009,
    answers: ['results', 'not_for_us'],
  },
  {
    id: 'posting_frequency',
    figure: { fr: '1 à 2 posts par semaine', en: '1-2 posts a week' },
    statement: {
      fr: 'Beaucoup d’entreprises pensent qu’une ou deux publications par semaine suffisent à paraître réactives ; or les réseaux se consultent tous les jours et une image peut se dégrader très vite.',
      en: 'Many companies believe one or two posts a week are enough to look responsive; yet people check social media daily and a reputation can sour very quickly.',
    },
    source: 'S4',
    answers: ['no_time', 'results'],
  },
  {
    id: 'search_to_social',
    figure: { fr: 'Moteurs → réseaux', en: 'Search → social' },
    statement: {
      fr: 'Pour s’informer sur les entreprises, les internautes passent de moins en moins par les moteurs de recherche et de plus en plus par les réseaux sociaux, où se jouent désormais notoriété, relation client, recrutement et croissance.',
      en: 'People are gradually moving from search engines to social networks, which become where awareness, customer relationships, recruiting and growth are played out.',
    },
    source: 'S4',
    answers: ['always_done', 'not_for_us'],
  },
  {
    id: 'few_platforms_first',
    figure: { fr: 'Quelques plateformes', en: 'A few platforms' },
    statement: {
      fr: 'Mieux vaut démarrer sur les quelques plateformes les plus pertinentes : Instagram pour un produit qui se montre en images comme un restaurant, LinkedIn pour recruter.',
      en: 'It is better to start on the few most relevant platforms: Instagram for a product that shows well in pictures such as a restaurant, LinkedIn for recruiting.',
    },
    source: 'S4',
    answers: ['no_time', 'no_budget'],
  },
  {
    id: 'channel_costs',
    figure: { fr: '4 coûts par canal', en: '4 costs per channel' },
    statement: {
      fr: 'Chaque présence coûte en design, en personnes, en formation et en circuits de validation, et ouvre une porte de plus aux réclamations : additionner les réseaux n’est pas une stratégie.',
      en: 'Every presence costs design, people, training and approval circuits, and opens one more door to complaints: adding networks up is not a strategy.',
    },
    source: 'S5',
    answers: ['no_budget', 'too_risky'],
  },
  {
    id: 'not_free_anymore',
    figure: { fr: 'Plus gratuit', en: 'No longer free' },
    statement: {
      fr: 'La gratuité des réseaux a longtemps attiré les marques, mais celles qui n’investissent pas sont désormais pénalisées : il faut payer pour être vu dans des fils saturés et pour s’équiper en outils d’écoute et de mesure.',
      en: 'Free access long drew brands to social media, but those that do not invest are now at a disadvantage: being seen in crowded feeds and equipping for listening and measurement cost money.',
    },
    source: 'S2',
    answers: ['no_budget'],
  },
  {
    id: 'dialogue_expected',
    figure: { fr: 'Dialogue attendu', en: 'Dialogue expected' },
    statement: {
      fr: 'Les consommateurs n’ont jamais autant attendu une relation personnalisée avec les marques ; celui qui reçoit une réponse attentionnée devient souvent un prescripteur.',
      en: 'Consumers have never expected a personal relationship with brands as much as now; someone who gets a thoughtful reply often becomes a recommender.',
    },
    source: 'S2',
    answers: ['always_done', 'results'],
  },
  {
    id: 'criticism_as_opportunity',
    figure: { fr: 'Critiques → progrès', en: 'Criticism → progress' },
    statement: {
      fr: 'Hootsuite a choisi d’afficher publiquement les critiques de ses utilisateurs et d’y répondre en améliorant son produit, montrant qu’elle écoutait sa communauté.',
      en: 'Hootsuite chose to show its users’ criticism in public and respond by improving its product, showing that it listened to its community.',
    },
    source: 'S2',
    reference: 'Hootsuite',
    answers: ['too_risky'],
  },
  {
    id: 'months_to_build',
    figure: { fr: 'De longs mois', en: 'Many months' },
    statement: {
      fr: 'Construire une communauté qualifiée et gagner sa confiance prend de longs mois : attendre des résultats rapides est l’une des erreurs les plus courantes.',
      en: 'Building a qualified community and earning its trust takes many months: expecting quick results is one of the most common mistakes.',
    },
    source: 'S2',
    answers: ['results'],
  },
  {
    id: 'small_budget_ok',
    figure: { fr: 'Pas besoin de 5 zéros', en: 'No need for 5 zeros' },
    statement: {
      fr: 'Un budget modeste ne condamne pas une campagne, à condition d’adapter la stratégie à ce budget au lieu de le bâcler.',
      en: 'A modest budget does not doom a campaign, provided the strategy is fitted to it rather than the budget being rushed.',
    },
    source: 'S1',
    answers: ['no_budget'],
  },
  {
    id: 'big_brands_trained',
    figure: { fr: 'Dell, Starbucks', en: 'Dell, Starbucks' },
    statement: {
      fr: 'Les marques citées en exemple sur tous les réseaux ont formé leurs équipes et suivent une stratégie propre à leurs besoins : les copier sans leurs moyens est une erreur.',
      en: 'The brands held up as examples on every network trained their teams and follow a strategy built for their own needs: copying them without their means is a mistake.',
    },
    source: 'S5',
    reference: 'Dell, Starbucks',
    answers: ['not_for_us', 'no_budget'],
  },
];
