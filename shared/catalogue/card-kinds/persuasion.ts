// Card kinds of free notes and of step 2 (convince): notes, stickies, groups, evidence, objections, answers, benefits.
import { OBJECTION_STATUS_OPTIONS } from '../options';
import type { CardKindDef } from '../types';

export const PERSUASION_KINDS: CardKindDef[] = [
  {
    kind: 'note',
    label: { fr: 'Note', en: 'Note' },
    placeholder: { fr: 'Une idée, un fait, une citation', en: 'An idea, a fact, a quote' },
    colour: '#7a8494',
    fields: [],
  },
  {
    kind: 'sticky',
    label: { fr: 'Post-it', en: 'Sticky note' },
    placeholder: { fr: 'À noter', en: 'To note' },
    colour: '#c08a1e',
    fields: [],
  },
  {
    kind: 'group',
    label: { fr: 'Groupe', en: 'Group' },
    placeholder: { fr: 'Nom du groupe', en: 'Group name' },
    colour: '#8a8f98',
    fields: [],
  },
  {
    kind: 'evidence',
    label: { fr: 'Preuve', en: 'Evidence' },
    placeholder: { fr: 'Un chiffre qui parle à la direction', en: 'A figure management will listen to' },
    colour: '#2f8f83',
    fields: [
      {
        key: 'figure',
        type: 'text',
        label: { fr: 'Chiffre ou fait', en: 'Figure or fact' },
        help: { fr: 'Court et vérifiable : « 60 % de temps en plus pour valider ».', en: 'Short and checkable: “60% longer to approve”.' },
      },
      {
        key: 'source',
        type: 'text',
        label: { fr: 'Source', en: 'Source' },
        help: { fr: 'Une preuve sans source ne convainc pas un sceptique.', en: 'Evidence without a source does not convince a skeptic.' },
      },
      { key: 'year', type: 'number', min: 1990, max: 2100, label: { fr: 'Année', en: 'Year' } },
    ],
  },
  {
    kind: 'objection',
    label: { fr: 'Objection', en: 'Objection' },
    placeholder: { fr: 'Ce que dira un sceptique', en: 'What a skeptic will say' },
    colour: '#d0574f',
    fields: [
      { key: 'raisedBy', type: 'text', label: { fr: 'Soulevée par', en: 'Raised by' } },
      {
        key: 'answer',
        type: 'longtext',
        label: { fr: 'Notre réponse', en: 'Our answer' },
        help: {
          fr: 'Avec nos propres chiffres : coût de l’inaction, heures disponibles, budget, preuves.',
          en: 'With our own figures: cost of doing nothing, hours available, budget, evidence.',
        },
      },
      { key: 'status', type: 'choice', options: OBJECTION_STATUS_OPTIONS, label: { fr: 'État', en: 'Status' } },
    ],
  },
  {
    kind: 'rebuttal',
    label: { fr: 'Réponse', en: 'Answer' },
    placeholder: { fr: 'Notre réponse à l’objection', en: 'Our answer to the objection' },
    colour: '#4f9a4a',
    fields: [],
  },
  {
    kind: 'benefit',
    label: { fr: 'Bénéfice attendu', en: 'Expected benefit' },
    placeholder: { fr: 'Ce que l’entreprise y gagne', en: 'What the company gains' },
    colour: '#5b8def',
    fields: [],
  },
];
