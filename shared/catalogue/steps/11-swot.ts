// Step 11: SWOT, strengths, weaknesses, opportunities and threats, with a mitigation for each threat.
import type { StepFile } from '../types';

export const swotStep: StepFile = {
  id: 'swot',
  timeboxMinutes: 15,
  layout: 'quadrants',
  sources: ['S3', 'S1'],
  cardKinds: ['swot'],
  title: { fr: 'Forces et faiblesses (SWOT)', en: 'Strengths and weaknesses (SWOT)' },
  question: { fr: 'Sur quoi pouvons-nous compter, et qu’est-ce qui nous menace ?', en: 'What can we count on, and what threatens us?' },
  why: {
    fr: 'Connaître les points forts et faibles de l’entreprise permet de dire ce qu’elle peut concrètement retirer des réseaux sociaux (S3). Chaque menace sans parade est un imprévu annoncé ; lui associer une réponse, c’est prévoir l’imprévisible plutôt que le subir (S1).',
    en: 'Knowing the company’s strengths and weaknesses is what lets us say what it can concretely gain from social media (S3). Every threat with no counter is a surprise waiting to happen; pairing it with a response means planning for the unexpected instead of suffering it (S1).',
  },
  questions: [
    {
      id: 'swot.topStrength',
      type: 'text',
      required: true,
      label: { fr: 'Quelle est notre plus grande force ?', en: 'What is our greatest strength?' },
      help: {
        fr: 'Savoir-faire, clients fidèles, équipe passionnée : c’est ce que les contenus mettront en avant.',
        en: 'Know-how, loyal customers, a passionate team: this is what content will showcase.',
      },
      sources: ['S3'],
    },
    {
      id: 'swot.topWeakness',
      type: 'text',
      required: true,
      label: { fr: 'Quelle est notre principale faiblesse ?', en: 'What is our main weakness?' },
      help: {
        fr: 'La nommer en interne évite de la découvrir en public, dans les commentaires.',
        en: 'Naming it internally avoids discovering it in public, in the comments.',
      },
      sources: ['S3'],
    },
    {
      id: 'swot.topOpportunity',
      type: 'text',
      label: { fr: 'Quelle opportunité pouvons-nous saisir ?', en: 'Which opportunity can we seize?' },
      help: {
        fr: 'Un concurrent absent, une tendance du secteur, une attente non satisfaite repérée à l’écoute.',
        en: 'An absent competitor, a sector trend, an unmet need spotted while listening.',
      },
      sources: ['S3', 'S2'],
    },
    {
      id: 'swot.topThreat',
      type: 'text',
      required: true,
      label: { fr: 'Quelle menace nous inquiète le plus ?', en: 'Which threat worries us most?' },
      help: {
        fr: 'Critique virale, concurrent plus rapide, départ d’une personne clé : chaque menace appelle une parade sur le canevas.',
        en: 'Viral criticism, a faster competitor, a key person leaving: each threat calls for a counter on the canvas.',
      },
      sources: ['S1', 'S3'],
    },
    {
      id: 'swot.benefits',
      type: 'longtext',
      label: {
        fr: 'Compte tenu de tout cela, qu’apporteront les réseaux à l’entreprise ?',
        en: 'Given all this, what will social media bring the company?',
      },
      help: {
        fr: 'C’est la synthèse que la direction retiendra : des bénéfices qui découlent de nos forces et compensent nos faiblesses.',
        en: 'This is the summary management will remember: benefits that follow from our strengths and make up for our weaknesses.',
      },
      sources: ['S3'],
    },
    {
      id: 'swot.readiness',
      type: 'scale',
      min: 1,
      max: 5,
      label: { fr: 'Sommes-nous prêts à nous exposer davantage en ligne ?', en: 'Are we ready to be more exposed online?' },
      help: {
        fr: '1 = pas du tout, 5 = tout à fait. Plus de présence, c’est plus d’occasions pour les clients de nous interpeller sur tous les sujets.',
        en: '1 = not at all, 5 = fully. More presence means more chances for customers to challenge us on any topic.',
      },
      sources: ['S5'],
    },
  ],
};
