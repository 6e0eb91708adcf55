// Step 4: targets, ranked personas and the places where they talk online.
import { PLATFORM_OPTIONS, options } from '../options';
import type { StepFile } from '../types';

export const targetsStep: StepFile = {
  id: 'targets',
  timeboxMinutes: 20,
  layout: 'ranked',
  sources: ['S1', 'S4', 'S3'],
  cardKinds: ['persona'],
  title: { fr: 'Cibles', en: 'Targets' },
  question: {
    fr: 'Qui voulons-nous toucher, et où en parlent-ils en ligne ?',
    en: 'Whom do we want to reach, and where do they talk online?',
  },
  why: {
    fr: 'Les cibles sont le cœur d’une campagne : il faut les étudier, les écouter et les classer par importance plutôt que de s’en faire une idée approximative (S1). Leur profil décide du contenu et du ton, surtout si l’on achète de la publicité (S4), et savoir où elles s’expriment décide des réseaux (S3).',
    en: 'Targets are the heart of a campaign: they must be studied, listened to and ranked by importance rather than roughly guessed (S1). Their profile decides content and tone, all the more when buying ads (S4), and knowing where they speak up decides the networks (S3).',
  },
  questions: [
    {
      id: 'targets.primaryTarget',
      type: 'text',
      required: true,
      label: { fr: 'Quelle est la cible prioritaire ?', en: 'Who is the priority target?' },
      help: {
        fr: 'Mieux vaut une cible précise et un objectif clair qu’une audience de masse : les réseaux fonctionnent par niches.',
        en: 'A precise target and a clear objective beat a mass audience: social networks work by niches.',
      },
      sources: ['S5', 'S1'],
    },
    {
      id: 'targets.whereTheyTalk',
      type: 'multi',
      required: true,
      options: PLATFORM_OPTIONS,
      label: { fr: 'Où notre cible prioritaire s’exprime-t-elle en ligne ?', en: 'Where does our priority target speak up online?' },
      help: {
        fr: 'Ce sont ces lieux, et non la mode du moment, qui décideront des canaux retenus.',
        en: 'These places, not the fashion of the day, will decide which channels we keep.',
      },
      sources: ['S3', 'S4'],
    },
    {
      id: 'targets.ranked',
      type: 'boolean',
      required: true,
      label: { fr: 'Les cibles sont-elles classées par ordre d’importance ?', en: 'Are the targets ranked by importance?' },
      help: {
        fr: 'Un classement explicite tranche les arbitrages de budget et de temps quand tout ne peut pas être fait.',
        en: 'An explicit ranking settles budget and time trade-offs when not everything can be done.',
      },
      sources: ['S1'],
    },
    {
      id: 'targets.market',
      type: 'choice',
      options: options([
        ['b2c', 'Particuliers (B2C)', 'Consumers (B2C)'],
        ['b2b', 'Entreprises (B2B)', 'Businesses (B2B)'],
        ['both', 'Les deux', 'Both'],
        ['candidates', 'Candidats et salariés', 'Candidates and employees'],
      ]),
      label: { fr: 'À quel public parlons-nous surtout ?', en: 'Which audience do we mainly speak to?' },
      help: {
        fr: 'B2B ou B2C, chaque marque est devenue éditrice : le public détermine les attentes en contenu.',
        en: 'B2B or B2C, every brand has become a publisher: the audience sets what content it expects.',
      },
      sources: ['S2'],
    },
    {
      id: 'targets.expectations',
      type: 'longtext',
      label: { fr: 'Qu’attendent-ils de nous ?', en: 'What do they expect from us?' },
      help: {
        fr: 'Conseils, réponses rapides, coulisses, offres : satisfaire ces attentes est ce qui rend une présence utile.',
        en: 'Advice, quick answers, behind the scenes, offers: meeting these expectations is what makes a presence useful.',
      },
      sources: ['S1', 'S2'],
    },
    {
      id: 'targets.knowledgeSources',
      type: 'multi',
      options: options([
        ['customer_data', 'Données clients', 'Customer data'],
        ['sales', 'Retours des commerciaux', 'Sales team feedback'],
        ['web_analytics', 'Statistiques du site web', 'Website analytics'],
        ['surveys', 'Enquêtes', 'Surveys'],
        ['listening', 'Écoute des réseaux', 'Social listening'],
        ['intuition', 'Intuition', 'Gut feeling'],
      ]),
      label: { fr: 'D’où vient ce que nous savons d’eux ?', en: 'Where does what we know about them come from?' },
      help: {
        fr: 'Les statistiques du site montrent d’où viennent les visiteurs ; si tout repose sur l’intuition, prévoyez de vérifier.',
        en: 'Website analytics show where visitors come from; if everything rests on gut feeling, plan to check it.',
      },
      sources: ['S4', 'S1'],
    },
    {
      id: 'targets.paidTargeting',
      type: 'boolean',
      label: { fr: 'Ferons-nous de la publicité ciblée sur les réseaux ?', en: 'Will we run targeted ads on social networks?' },
      help: {
        fr: 'Avec de la publicité, la définition fine de la cible (âge, lieu, métier, centres d’intérêt) devient encore plus importante.',
        en: 'With ads, a precise target definition (age, location, job, interests) matters even more.',
      },
      sources: ['S4'],
    },
  ],
};
