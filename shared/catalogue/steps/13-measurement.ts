// Step 13: measurement, KPIs per objective, qualitative indicators, review rhythm and ROI.
import { options } from '../options';
import type { StepFile } from '../types';

export const measurementStep: StepFile = {
  id: 'measurement',
  timeboxMinutes: 15,
  layout: 'tree',
  sources: ['S3', 'S1'],
  cardKinds: ['kpi'],
  title: { fr: 'Mesure', en: 'Measurement' },
  question: { fr: 'Comment saurons-nous que cela marche ?', en: 'How will we know it works?' },
  why: {
    fr: 'Les bénéfices des réseaux ne se mesurent pas seulement avec les indicateurs classiques : il faut aussi suivre des résultats qualitatifs (mentions positives, critiques en baisse, commentaires) sur des durées plus longues ; calculer un retour sur investissement suppose des objectifs, leurs coûts et leurs résultats (S3). Selon Forrester (2009, cité par S3), 7 marques américaines sur 10 engagées sur les réseaux disaient en avoir mesuré des bénéfices. Sans bilan après campagne, on ne sait ni pourquoi on a réussi, ni pourquoi on a échoué (S1).',
    en: 'The benefits of social media cannot be measured with classic indicators alone: qualitative results (positive mentions, fewer complaints, comments) must be tracked too, over longer periods; computing a return on investment takes objectives, their costs and their results (S3). According to Forrester (2009, quoted in S3), 7 in 10 US brands active on social media said they had measured benefits. Without a post-campaign review, nobody knows why it worked or why it failed (S1).',
  },
  questions: [
    {
      id: 'measurement.reviewRhythm',
      type: 'choice',
      required: true,
      options: options([
        ['weekly', 'Chaque semaine', 'Weekly'],
        ['monthly', 'Chaque mois', 'Monthly'],
        ['quarterly', 'Chaque trimestre', 'Quarterly'],
      ]),
      label: { fr: 'À quel rythme regardons-nous les indicateurs ?', en: 'How often do we look at the indicators?' },
      help: {
        fr: 'Un point régulier permet d’ajuster avant que les retours mitigés ne deviennent un échec.',
        en: 'A regular check lets us adjust before mixed feedback turns into failure.',
      },
      sources: ['S1', 'S3'],
    },
    {
      id: 'measurement.postCampaignReview',
      type: 'boolean',
      required: true,
      label: { fr: 'Un bilan est-il prévu à la fin de chaque campagne ?', en: 'Is a review planned at the end of each campaign?' },
      help: {
        fr: 'Réussite ou échec, le bilan dégage points forts et points faibles pour faire mieux la fois suivante.',
        en: 'Success or failure, the review draws out strengths and weaknesses so the next one does better.',
      },
      sources: ['S1'],
    },
    {
      id: 'measurement.qualitativeIndicators',
      type: 'multi',
      options: options([
        ['positive_mentions', 'Mentions positives de la marque', 'Positive brand mentions'],
        ['fewer_complaints', 'Moins de critiques', 'Fewer complaints'],
        ['followers', 'Personnes qui suivent nos messages', 'People following our messages'],
        ['comments', 'Commentaires suscités, en ligne ou non', 'Comments prompted, online or off'],
        ['recommendations', 'Recommandations de clients', 'Customer recommendations'],
        ['candidates', 'Qualité des candidatures', 'Quality of applications'],
      ]),
      label: { fr: 'Quels indicateurs qualitatifs suivons-nous ?', en: 'Which qualitative indicators do we track?' },
      help: {
        fr: 'Les résultats sur les réseaux se voient aussi dans la réputation et la conversation, pas seulement dans les ventes.',
        en: 'Social results also show in reputation and conversation, not only in sales.',
      },
      sources: ['S3'],
    },
    {
      id: 'measurement.firstJudgementMonths',
      type: 'number',
      required: true,
      min: 1,
      max: 60,
      unit: { fr: 'mois', en: 'months' },
      label: { fr: 'Au bout de combien de mois jugerons-nous les résultats ?', en: 'After how many months will we judge the results?' },
      help: {
        fr: 'Gagner la confiance d’une audience demande de la patience : en dessous de six mois, le jugement risque d’être prématuré.',
        en: 'Winning an audience’s trust takes patience: under six months, the verdict is likely to be premature.',
      },
      sources: ['S2', 'S3'],
    },
    {
      id: 'measurement.costsKnown',
      type: 'boolean',
      label: { fr: 'Connaissons-nous le coût engagé pour chaque objectif ?', en: 'Do we know the cost committed to each objective?' },
      help: {
        fr: 'Sans les coûts, aucun retour sur investissement ne peut être calculé : objectifs, coûts et résultats vont ensemble.',
        en: 'Without costs, no return on investment can be computed: objectives, costs and results go together.',
      },
      sources: ['S3'],
    },
    {
      id: 'measurement.dashboardOwner',
      type: 'text',
      label: { fr: 'Qui tient le tableau de bord ?', en: 'Who keeps the dashboard?' },
      help: {
        fr: 'Une personne nommée garantit que les chiffres sont relevés, comparés et présentés à temps.',
        en: 'A named person makes sure the figures are collected, compared and presented on time.',
      },
      sources: ['S3'],
    },
  ],
};
