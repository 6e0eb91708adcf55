// Step 6: channels, few and chosen from the targets and objectives, not from fashion.
import { PLATFORM_OPTIONS, options } from '../options';
import type { StepFile } from '../types';

export const channelsStep: StepFile = {
  id: 'channels',
  timeboxMinutes: 20,
  layout: 'matrix',
  sources: ['S1', 'S4', 'S5'],
  cardKinds: ['channel'],
  title: { fr: 'Canaux', en: 'Channels' },
  question: {
    fr: 'Sur quels réseaux aller, et lesquels laisser de côté ?',
    en: 'Which networks do we go on, and which do we leave aside?',
  },
  why: {
    fr: 'Chaque canal ouvert demande du design, des personnes, de la formation et des circuits de validation, et devient une porte par laquelle les clients viendront se plaindre (S5). Mieux vaut commencer par quelques plateformes choisies pour la cible, et éviter celles qu’on ne peut pas surveiller (S4) : un bon contenu au mauvais endroit, c’est du temps et de l’argent perdus (S1).',
    en: 'Every channel opened needs design, people, training and approval circuits, and becomes a door through which customers will come to complain (S5). Start with a few platforms chosen for the target, and avoid any you cannot monitor (S4): good content in the wrong place is time and money wasted (S1).',
  },
  questions: [
    {
      id: 'channels.maxChannels',
      type: 'number',
      required: true,
      min: 1,
      max: 13,
      label: { fr: 'Combien de canaux pouvons-nous vraiment faire vivre ?', en: 'How many channels can we really keep alive?' },
      help: {
        fr: 'Comptez les personnes et les heures disponibles, pas les envies : pour démarrer, deux ou trois suffisent souvent.',
        en: 'Count people and hours available, not wishes: to start, two or three are often enough.',
      },
      sources: ['S4', 'S5'],
    },
    {
      id: 'channels.chosen',
      type: 'multi',
      required: true,
      options: PLATFORM_OPTIONS,
      label: { fr: 'Quels canaux retenons-nous ?', en: 'Which channels do we keep?' },
      help: {
        fr: 'Chacun doit atteindre une cible de l’étape 4 et servir un objectif de l’étape 3.',
        en: 'Each one must reach a target from step 4 and serve an objective from step 3.',
      },
      sources: ['S4', 'S5'],
    },
    {
      id: 'channels.mainReason',
      type: 'choice',
      options: options([
        ['target_there', 'Notre cible y est', 'Our target is there'],
        ['objective_fit', 'Il sert notre objectif', 'It serves our objective'],
        ['competitors_there', 'Nos concurrents y sont', 'Our competitors are there'],
        ['everyone_there', 'Tout le monde y est', 'Everyone is there'],
        ['management_asked', 'La direction l’a demandé', 'Management asked for it'],
      ]),
      label: { fr: 'Pourquoi surtout ces canaux ?', en: 'Why these channels, mainly?' },
      help: {
        fr: 'Seules les deux premières raisons tiennent : copier les grandes marques ou suivre la foule mène à gérer des présences qui ne servent pas.',
        en: 'Only the first two reasons hold: copying big brands or following the crowd leads to running presences that serve nothing.',
      },
      sources: ['S5'],
    },
    {
      id: 'channels.leftAside',
      type: 'longtext',
      label: { fr: 'Quels canaux écartons-nous, et pourquoi ?', en: 'Which channels do we leave aside, and why?' },
      help: {
        fr: 'Dire non par écrit évite qu’un compte soit ouvert à la hâte dans six mois sans personne pour l’animer.',
        en: 'Saying no in writing stops an account being opened in haste six months from now with nobody to run it.',
      },
      sources: ['S5', 'S4'],
    },
    {
      id: 'channels.visualOffer',
      type: 'boolean',
      label: { fr: 'Notre offre se montre-t-elle bien en images ?', en: 'Does our offer show well in pictures?' },
      help: {
        fr: 'Un produit qui se photographie, comme un plat de restaurant, trouve naturellement sa place sur Instagram.',
        en: 'A product that photographs well, like a restaurant dish, naturally belongs on Instagram.',
      },
      sources: ['S4'],
    },
    {
      id: 'channels.recruiting',
      type: 'boolean',
      label: { fr: 'Devons-nous recruter via les réseaux ?', en: 'Do we need to recruit through social media?' },
      help: {
        fr: 'Pour chercher des talents, LinkedIn est en général le réseau le plus adapté.',
        en: 'To find talent, LinkedIn is usually the best-suited network.',
      },
      sources: ['S4'],
    },
    {
      id: 'channels.monitoringCapacity',
      type: 'scale',
      required: true,
      min: 1,
      max: 5,
      label: {
        fr: 'Pouvons-nous surveiller et répondre vite sur chaque canal retenu ?',
        en: 'Can we monitor and answer quickly on every channel kept?',
      },
      help: {
        fr: '1 = non, 5 = oui sans difficulté. Un réseau qu’on ne peut pas surveiller est à éviter : les mentions sans réponse y abîment l’image.',
        en: '1 = no, 5 = yes, easily. Avoid a network you cannot watch: unanswered mentions there damage the brand.',
      },
      sources: ['S4', 'S5'],
    },
    {
      id: 'channels.destination',
      type: 'text',
      label: { fr: 'Vers où renvoyons-nous le public ?', en: 'Where do we send people?' },
      help: {
        fr: 'Site, boutique, formulaire, offre d’emploi : la destination rend le trafic et les prospects mesurables.',
        en: 'Website, shop, form, job offer: the destination makes traffic and leads measurable.',
      },
      sources: ['S4'],
    },
  ],
};
