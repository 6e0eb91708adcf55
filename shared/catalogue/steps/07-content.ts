// Step 7: content and tone, pillars, share of value content, personality, cadence and response promise.
import { options } from '../options';
import type { StepFile } from '../types';

export const contentStep: StepFile = {
  id: 'content',
  timeboxMinutes: 20,
  layout: 'board',
  sources: ['S2', 'S4'],
  cardKinds: ['pillar', 'cadence'],
  title: { fr: 'Contenus et ton', en: 'Content and tone' },
  question: { fr: 'Que publions-nous, sur quel ton, et à quel rythme ?', en: 'What do we publish, in what tone, and how often?' },
  why: {
    fr: 'Envoyer des offres en continu est vécu comme une intrusion, alors qu’un contenu utile et une marque qui a une personnalité créent la confiance (S2). Une ou deux publications par semaine ne suffisent pas à paraître réactif quand les réseaux se consultent chaque jour, et l’émotion compte autant que l’information (S4). Répondre aux commentaires, y compris aux compliments, fait partie du contenu (S2).',
    en: 'A steady stream of offers feels like an intrusion, whereas useful content and a brand with a personality build trust (S2). One or two posts a week are not enough to look responsive when people check social media daily, and emotion counts as much as information (S4). Answering comments, compliments included, is part of the content (S2).',
  },
  questions: [
    {
      id: 'content.valueShare',
      type: 'number',
      required: true,
      min: 0,
      max: 100,
      unit: { fr: '%', en: '%' },
      label: {
        fr: 'Quelle part de contenus utiles, sans visée commerciale directe ?',
        en: 'What share of useful content with no direct sales aim?',
      },
      help: {
        fr: 'Conseils, coulisses, réponses, histoires de clients : c’est ce qui fait revenir le public. Un discours entièrement commercial est contre-productif.',
        en: 'Advice, behind the scenes, answers, customer stories: this is what brings people back. Talk that is all sales is counter-productive.',
      },
      sources: ['S2'],
    },
    {
      id: 'content.toneWords',
      type: 'list',
      required: true,
      label: { fr: 'Trois mots pour notre ton', en: 'Three words for our tone' },
      help: {
        fr: 'Ce qui distingue deux marques au même produit, c’est leur personnalité : ces mots guident chaque publication et chaque réponse.',
        en: 'What sets apart two brands with the same product is their personality: these words guide every post and every reply.',
      },
      placeholder: { fr: 'Ex. : chaleureux, expert, direct', en: 'E.g. warm, expert, straightforward' },
      sources: ['S2'],
    },
    {
      id: 'content.responseTimeHours',
      type: 'number',
      required: true,
      min: 0,
      max: 720,
      unit: { fr: 'heures', en: 'hours' },
      label: { fr: 'En combien d’heures promettons-nous de répondre ?', en: 'Within how many hours do we promise to answer?' },
      help: {
        fr: 'Les gens veulent de l’aide là où ils se trouvent. Une promesse tenue vaut mieux qu’une promesse ambitieuse : elle dimensionne la modération.',
        en: 'People want help where they already are. A promise kept beats an ambitious one: it sizes the moderation effort.',
      },
      sources: ['S2', 'S4'],
    },
    {
      id: 'content.postsPerWeek',
      type: 'number',
      min: 0,
      max: 200,
      unit: { fr: 'publications par semaine', en: 'posts a week' },
      label: { fr: 'Combien de publications par semaine, tous canaux confondus ?', en: 'How many posts a week, across all channels?' },
      help: {
        fr: 'Une ou deux par semaine ne suffisent généralement pas ; mais peu et bien vaut mieux qu’un volume dispersé.',
        en: 'One or two a week are usually not enough; still, few and good beats a scattered volume.',
      },
      sources: ['S4'],
    },
    {
      id: 'content.rhythm',
      type: 'choice',
      options: options([
        ['community', 'Animation régulière de la communauté', 'Regular community activity'],
        ['event', 'Temps forts ponctuels', 'Occasional event bursts'],
        ['both', 'Les deux', 'Both'],
      ]),
      label: { fr: 'Quel rythme de présence ?', en: 'What rhythm of presence?' },
      help: {
        fr: 'Animer une communauté demande une présence régulière ; un événement demande des actions concentrées sur peu de temps. Les deux se préparent différemment.',
        en: 'Running a community needs a regular presence; an event needs concentrated action over a short time. They are planned differently.',
      },
      sources: ['S4'],
    },
    {
      id: 'content.feeling',
      type: 'longtext',
      label: { fr: 'Que voulons-nous que le public ressente ?', en: 'What do we want people to feel?' },
      help: {
        fr: 'On oublie vite ce qu’une marque a dit, beaucoup moins ce qu’elle a fait ressentir. Une publication fade passe inaperçue.',
        en: 'People soon forget what a brand said, far less what it made them feel. A bland post goes unnoticed.',
      },
      sources: ['S2', 'S4'],
    },
    {
      id: 'content.contributors',
      type: 'multi',
      options: options([
        ['experts', 'Nos experts internes', 'Our in-house experts'],
        ['employees', 'Les salariés', 'Employees'],
        ['customers', 'Les clients', 'Customers'],
        ['partners', 'Les partenaires', 'Partners'],
        ['agency', 'Une agence', 'An agency'],
      ]),
      label: { fr: 'Qui fournira la matière des contenus ?', en: 'Who will supply the material for content?' },
      help: {
        fr: 'Solliciter les équipes internes donne des contenus plus riches, et valorise ceux qui y contribuent.',
        en: 'Asking in-house teams yields richer content, and gives credit to those who contribute.',
      },
      sources: ['S4'],
    },
  ],
};
