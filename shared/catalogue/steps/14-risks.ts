// Step 14: risks and decisions, what is asked of management and what happens next.
import { options } from '../options';
import type { StepFile } from '../types';

export const risksStep: StepFile = {
  id: 'risks',
  timeboxMinutes: 15,
  layout: 'list',
  sources: ['S1', 'S2', 'S3', 'S4', 'S5'],
  cardKinds: ['risk', 'decision'],
  title: { fr: 'Risques et décisions', en: 'Risks and decisions' },
  question: {
    fr: 'Que demandons-nous à la direction, et quelles sont les prochaines étapes ?',
    en: 'What do we ask of management, and what are the next steps?',
  },
  why: {
    fr: 'Les cinq articles convergent : les stratégies échouent quand objectifs, cibles, budget, équipe, écoute, validation, mesure et patience n’ont jamais été tranchés (S1, S2, S3, S4, S5). Cette étape transforme les points encore ouverts en risques assumés et en décisions demandées, avec un responsable et une date (S3).',
    en: 'All five articles agree: strategies fail when objectives, targets, budget, team, listening, approval, measurement and patience were never settled (S1, S2, S3, S4, S5). This step turns the points still open into risks owned and decisions requested, each with an owner and a date (S3).',
  },
  questions: [
    {
      id: 'risks.topRisk',
      type: 'text',
      required: true,
      label: { fr: 'Quel est le risque principal du plan ?', en: 'What is the plan’s main risk?' },
      help: {
        fr: 'Le dire franchement renforce la confiance de la direction plus que le cacher.',
        en: 'Stating it plainly builds management’s trust more than hiding it would.',
      },
      sources: ['S1', 'S5'],
    },
    {
      id: 'risks.decisionsNeeded',
      type: 'list',
      required: true,
      label: { fr: 'Quelles décisions demandons-nous à la direction ?', en: 'Which decisions do we ask of management?' },
      help: {
        fr: 'Budget, recrutement, délai de validation, canaux : des questions fermées, auxquelles on peut répondre oui ou non.',
        en: 'Budget, hiring, approval delay, channels: closed questions that can be answered yes or no.',
      },
      sources: ['S3'],
    },
    {
      id: 'risks.nextSteps',
      type: 'list',
      required: true,
      label: { fr: 'Quelles sont les prochaines étapes ?', en: 'What are the next steps?' },
      help: {
        fr: 'Chaque étape avec un nom et une date : c’est ce qui fait passer l’atelier à l’action.',
        en: 'Each step with a name and a date: that is what turns the workshop into action.',
      },
      sources: ['S4'],
    },
    {
      id: 'risks.recommendation',
      type: 'choice',
      options: options([
        ['go', 'Lancer', 'Go'],
        ['go_with_conditions', 'Lancer sous conditions', 'Go with conditions'],
        ['not_yet', 'Pas encore', 'Not yet'],
      ]),
      label: { fr: 'Quelle est notre recommandation ?', en: 'What is our recommendation?' },
      help: {
        fr: 'Recommander d’attendre est légitime si budget, équipe ou validation ne sont pas réunis : mieux vaut différer qu’échouer.',
        en: 'Recommending to wait is fair if budget, team or approval are not in place: better to delay than to fail.',
      },
      sources: ['S2', 'S5'],
    },
    {
      id: 'risks.decisionMeeting',
      type: 'date',
      label: { fr: 'Date de la réunion de décision', en: 'Date of the decision meeting' },
      help: {
        fr: 'Une date fixée empêche que le plan reste dans un tiroir.',
        en: 'A set date keeps the plan from staying in a drawer.',
      },
      sources: ['S3'],
    },
    {
      id: 'risks.confidence',
      type: 'scale',
      min: 1,
      max: 5,
      label: { fr: 'Quelle confiance le groupe a-t-il dans ce plan ?', en: 'How confident is the group in this plan?' },
      help: {
        fr: '1 = faible, 5 = forte. Un score bas signale ce qu’il reste à convaincre ou à trancher.',
        en: '1 = low, 5 = high. A low score points to what still needs convincing or settling.',
      },
      sources: ['S3'],
    },
  ],
};
