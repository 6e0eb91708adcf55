// Step 9: stakeholders, the departments and people involved, their role, power, interest and stance.
import { DEPARTMENT_OPTIONS } from '../options';
import type { StepFile } from '../types';

export const stakeholdersStep: StepFile = {
  id: 'stakeholders',
  timeboxMinutes: 15,
  layout: 'grid',
  sources: ['S3', 'S5'],
  cardKinds: ['stakeholder'],
  title: { fr: 'Parties prenantes', en: 'Stakeholders' },
  question: {
    fr: 'Qui doit être impliqué, et qui faut-il encore convaincre ?',
    en: 'Who must be involved, and who still needs convincing?',
  },
  why: {
    fr: 'Les médias sociaux traversent l’entreprise : communication et marketing, mais aussi direction, ventes, RH, informatique et juridique ; cette transversalité, et la difficulté à nommer un responsable, font souvent échouer les marques (S3). Sans action concertée entre les services, chacun subit les effets de bord des autres et le projet s’enlise (S5).',
    en: 'Social media cuts across the company: communication and marketing, but also management, sales, HR, IT and legal; this breadth, and the difficulty of naming an owner, often make brands fail (S3). Without concerted action between departments, each one suffers the side effects of the others and the project bogs down (S5).',
  },
  questions: [
    {
      id: 'stakeholders.departments',
      type: 'multi',
      required: true,
      options: DEPARTMENT_OPTIONS,
      label: { fr: 'Quels services doivent être impliqués ?', en: 'Which departments must be involved?' },
      help: {
        fr: 'Le juridique, l’informatique, les RH et les ventes sont souvent oubliés, puis bloquent plus tard.',
        en: 'Legal, IT, HR and sales are often forgotten, then block things later.',
      },
      sources: ['S3'],
    },
    {
      id: 'stakeholders.executiveSponsor',
      type: 'text',
      required: true,
      label: { fr: 'Qui, à la direction, soutient le projet ?', en: 'Who in management backs the project?' },
      help: {
        fr: 'Un appui au comité de direction débloque les arbitrages entre services.',
        en: 'Backing on the executive committee unlocks trade-offs between departments.',
      },
      sources: ['S3'],
    },
    {
      id: 'stakeholders.legalEarly',
      type: 'boolean',
      label: { fr: 'Le juridique est-il associé dès le départ ?', en: 'Is legal involved from the start?' },
      help: {
        fr: 'Le juridique consulté trop tard allonge les délais de validation, au point qu’une bonne idée arrive après son moment.',
        en: 'Legal consulted too late stretches approval times, until a good idea arrives after its moment.',
      },
      sources: ['S3'],
    },
    {
      id: 'stakeholders.itConstraints',
      type: 'longtext',
      label: { fr: 'Quelles règles informatiques pourraient nous freiner ?', en: 'Which IT rules could slow us down?' },
      help: {
        fr: 'Accès aux réseaux bloqués, outils non autorisés, politique d’hébergement : mieux vaut les lister avec la DSI que les découvrir en route.',
        en: 'Blocked network access, tools not allowed, hosting policy: list them with IT rather than discover them on the way.',
      },
      sources: ['S3'],
    },
    {
      id: 'stakeholders.customerServiceReady',
      type: 'boolean',
      label: {
        fr: 'Le service client est-il prêt à traiter les demandes venues des réseaux ?',
        en: 'Is customer service ready to handle requests arriving through social media?',
      },
      help: {
        fr: 'Même une opération de notoriété attire des réclamations et des demandes de remboursement : quelqu’un doit pouvoir y répondre.',
        en: 'Even an awareness campaign draws complaints and refund requests: someone must be able to answer them.',
      },
      sources: ['S5'],
    },
    {
      id: 'stakeholders.skepticsPlan',
      type: 'longtext',
      label: { fr: 'Comment rallier les sceptiques influents ?', en: 'How do we win over influential skeptics?' },
      help: {
        fr: 'Un sceptique puissant non convaincu peut tout arrêter : prévoir pour chacun un argument, une preuve et une personne pour en parler.',
        en: 'A powerful skeptic left unconvinced can stop everything: plan for each an argument, a piece of evidence and someone to make the case.',
      },
      sources: ['S3'],
    },
  ],
};
