// The objections library of step 2: what skeptics say, with answers drawn from the source articles.
import type { ObjectionDef } from './types';

export const OBJECTIONS: ObjectionDef[] = [
  {
    id: 'always_done',
    statement: { fr: 'On a toujours fait comme ça, pourquoi changer ?', en: 'We have always done it this way, why change?' },
    sources: ['S3', 'S4'],
    answers: [
      {
        text: {
          fr: 'Nos clients, eux, ont changé : ils s’informent et interpellent les marques sur les réseaux plutôt que par les moteurs de recherche ou le téléphone.',
          en: 'Our customers have changed: they look things up and speak to brands on social networks rather than through search engines or the phone.',
        },
        sources: ['S4'],
      },
      {
        text: {
          fr: 'On parle déjà de nous en ligne, avec ou sans nous ; la seule question est de savoir si nous participons à la conversation.',
          en: 'People already talk about us online, with or without us; the only question is whether we take part.',
        },
        sources: ['S3'],
      },
      {
        text: {
          fr: 'Il ne s’agit pas de tout changer : les réseaux sont un moyen de plus au service de notre stratégie, et nous commençons petit, sur un ou deux canaux.',
          en: 'This is not about changing everything: social media is one more means serving our strategy, and we start small, on one or two channels.',
        },
        sources: ['S3', 'S4'],
      },
    ],
  },
  {
    id: 'no_budget',
    statement: { fr: 'Nous n’avons pas de budget pour ça.', en: 'We have no budget for this.' },
    sources: ['S1', 'S2', 'S5'],
    answers: [
      {
        text: {
          fr: 'Il n’est pas nécessaire d’avoir un gros budget : il faut un budget réfléchi, et une stratégie taillée à sa mesure.',
          en: 'A big budget is not required: what is needed is a considered budget, and a strategy cut to fit it.',
        },
        sources: ['S1'],
      },
      {
        text: {
          fr: 'Se limiter à un ou deux canaux bien choisis réduit fortement les coûts de design, de personnes, de formation et de validation.',
          en: 'Sticking to one or two well-chosen channels sharply cuts the costs of design, people, training and approval.',
        },
        sources: ['S5'],
      },
      {
        text: {
          fr: 'Ne rien investir a aussi un coût : les marques qui comptent sur la gratuité sont aujourd’hui invisibles dans les fils d’actualité.',
          en: 'Investing nothing has a cost too: brands that rely on free reach are now invisible in news feeds.',
        },
        sources: ['S2'],
      },
    ],
  },
  {
    id: 'too_risky',
    statement: { fr: 'C’est trop risqué, on va se faire critiquer.', en: 'It is too risky, we will get criticised.' },
    sources: ['S2', 'S1', 'S5'],
    answers: [
      {
        text: {
          fr: 'Les critiques existent déjà ; être présent permet d’y répondre, et une critique bien traitée devient une preuve d’écoute, comme Hootsuite l’a montré.',
          en: 'The criticism exists already; being present lets us answer it, and criticism handled well becomes proof that we listen, as Hootsuite showed.',
        },
        sources: ['S2'],
      },
      {
        text: {
          fr: 'Le risque se gère : un processus pour les retours négatifs, une escalade de crise et un plan de secours sont prévus dans la gouvernance.',
          en: 'Risk can be managed: a negative feedback process, crisis escalation and a contingency plan are part of the governance.',
        },
        sources: ['S1'],
      },
      {
        text: {
          fr: 'Nous ouvrons seulement les canaux que nous pouvons surveiller, ce qui limite les portes par lesquelles une crise peut entrer.',
          en: 'We only open channels we can monitor, which limits the doors a crisis can come through.',
        },
        sources: ['S5', 'S4'],
      },
    ],
  },
  {
    id: 'no_time',
    statement: { fr: 'Personne n’a le temps de s’en occuper.', en: 'Nobody has time for this.' },
    sources: ['S2', 'S4', 'S3'],
    answers: [
      {
        text: {
          fr: 'C’est vrai que cela demande du temps : c’est pourquoi le plan chiffre les heures nécessaires et les compare aux heures disponibles avant de s’engager.',
          en: 'It does take time: that is why the plan counts the hours needed and compares them with the hours available before committing.',
        },
        sources: ['S2'],
      },
      {
        text: {
          fr: 'Publier peu mais bien, sur peu de réseaux, avec un calendrier préparé à l’avance, fait gagner beaucoup de temps.',
          en: 'Posting less but better, on few networks, with a calendar prepared ahead, saves a lot of time.',
        },
        sources: ['S4'],
      },
      {
        text: {
          fr: 'Un circuit de validation court évite le temps perdu en allers-retours, qui peut allonger les délais de 60 %.',
          en: 'A short approval circuit avoids time lost in back-and-forth, which can stretch delays by 60%.',
        },
        sources: ['S3'],
      },
    ],
  },
  {
    id: 'results',
    statement: { fr: 'Quels résultats concrets ? Ça ne se mesure pas.', en: 'What concrete results? It cannot be measured.' },
    sources: ['S3', 'S2', 'S1'],
    answers: [
      {
        text: {
          fr: 'Cela se mesure : 7 marques américaines sur 10 présentes sur les réseaux disaient en avoir mesuré des bénéfices (Forrester, 2009).',
          en: 'It can be measured: 7 in 10 US brands on social media said they had measured benefits (Forrester, 2009).',
        },
        sources: ['S3'],
      },
      {
        text: {
          fr: 'Chaque objectif a son indicateur, son point de départ, sa cible et sa date, et un bilan est prévu après chaque campagne.',
          en: 'Every objective has its indicator, baseline, target and date, and a review follows each campaign.',
        },
        sources: ['S3', 'S1'],
      },
      {
        text: {
          fr: 'Les résultats viennent en mois, pas en semaines : nous nous engageons sur un premier bilan à une date fixée ensemble.',
          en: 'Results come in months, not weeks: we commit to a first review on a date agreed together.',
        },
        sources: ['S2'],
      },
    ],
  },
  {
    id: 'not_for_us',
    statement: {
      fr: 'Les réseaux sociaux, c’est pour les jeunes, pas pour notre secteur.',
      en: 'Social media is for kids, not for our sector.',
    },
    sources: ['S2', 'S4', 'S5'],
    answers: [
      {
        text: {
          fr: 'Toutes les marques, B2B comme B2C, sont devenues des éditeurs : un contenu utile attire l’attention quel que soit le secteur.',
          en: 'Every brand, B2B or B2C, has become a publisher: useful content gets attention whatever the sector.',
        },
        sources: ['S2'],
      },
      {
        text: {
          fr: 'Il existe un réseau pour chaque public : LinkedIn pour les professionnels et les candidats, une fiche locale pour la clientèle de proximité.',
          en: 'There is a network for every audience: LinkedIn for professionals and candidates, a local listing for nearby customers.',
        },
        sources: ['S4'],
      },
      {
        text: {
          fr: 'Nous ne visons pas tout le monde : les réseaux servent à échanger avec des niches, et la nôtre y est déjà.',
          en: 'We are not aiming at everyone: social networks are for talking with niches, and ours is already there.',
        },
        sources: ['S5'],
      },
    ],
  },
];
