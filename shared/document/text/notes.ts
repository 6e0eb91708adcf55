// FR/EN speaker notes of the deck: the arguments a facilitator needs in front of skeptical directors, with sources.
import type { SourceId } from '../../catalogue/types';
import type { Text } from './index';

export interface SlideNote {
  text: Text;
  sources: SourceId[];
}

export const NOTES = {
  cover: {
    text: {
      fr: 'Rappeler que ce plan vient de l’atelier : ce sont les décisions du groupe, pas celles d’un prestataire. L’objet de la séance est d’obtenir des décisions claires, pas un avis général sur les réseaux sociaux.',
      en: 'Remind the room that this plan comes from the workshop: these are the group’s decisions, not a supplier’s. The point of the meeting is to get clear decisions, not a general opinion on social media.',
    },
    sources: ['S3'],
  },
  summary: {
    text: {
      fr: 'Commencer par les chiffres, pas par les réseaux. Un dirigeant sceptique demande d’abord : pour quoi faire, combien, avec qui, et comment saurons-nous si cela marche ? Chaque chiffre de cette page répond à l’une de ces questions. Les échecs viennent presque toujours de décisions jamais prises, pas des outils.',
      en: 'Start with the figures, not the networks. A skeptical director first asks: what for, how much, with whom, and how will we know it works? Each figure on this page answers one of those. Failures nearly always come from decisions never taken, not from the tools.',
    },
    sources: ['S1', 'S3'],
  },
  whyNow: {
    text: {
      fr: 'À l’objection « on a toujours fait comme ça », répondre par le coût de l’inaction : les conversations sur nous ont lieu de toute façon, avec ou sans nous. Une étude citée par l’article S3 montre que plus de trois entreprises sur quatre planifient et exécutent mal leur présence sur les réseaux : le risque n’est pas d’y aller, c’est d’y aller sans méthode.',
      en: 'To “we have always done it this way”, answer with the cost of doing nothing: people talk about us anyway, with or without us. A study quoted in article S3 finds that more than three companies in four plan and run their social presence badly: the risk is not going, it is going without a method.',
    },
    sources: ['S3', 'S4'],
  },
  objectives: {
    text: {
      fr: 'Peu d’objectifs, chacun chiffré, avec un point de départ, une cible et une échéance. C’est ce qui permettra à la direction de juger le plan sur des faits. Des objectifs flous sont la première cause d’échec citée.',
      en: 'Few objectives, each with a number, a baseline, a target and a deadline. That is what lets management judge the plan on facts. Vague objectives are the first cause of failure cited.',
    },
    sources: ['S1', 'S4'],
  },
  targets: {
    text: {
      fr: 'Les réseaux sociaux ne servent pas à diffuser en masse : ils servent à dialoguer avec des groupes précis. Partir d’une cible et de l’endroit où elle parle déjà, plutôt que d’une plateforme à la mode.',
      en: 'Social media is not for mass broadcasting: it is for talking with specific groups. Start from a target and the place where it already talks, not from a fashionable platform.',
    },
    sources: ['S5', 'S4'],
  },
  listening: {
    text: {
      fr: 'L’écoute vient avant la prise de parole : elle dit où ont lieu les conversations, ce qu’on reproche à la marque et ce qui réussit ailleurs. Les critiques sont une information utile, pas seulement un danger.',
      en: 'Listening comes before speaking: it shows where conversations happen, what people hold against the brand and what works elsewhere. Criticism is useful information, not only a danger.',
    },
    sources: ['S2', 'S1'],
  },
  channels: {
    text: {
      fr: 'Face à « il faut être partout » : chaque présence coûte du temps, de la formation, de la validation, et ouvre une porte aux réclamations. Les grandes marques présentes partout ont des équipes formées pour cela. Nous gardons seulement les canaux que l’équipe peut tenir et surveiller.',
      en: 'Against “we must be everywhere”: each presence costs time, training and approval, and opens a door to complaints. The big brands present everywhere have trained teams for it. We keep only the channels the team can run and watch.',
    },
    sources: ['S5', 'S4'],
  },
  content: {
    text: {
      fr: 'Un discours 100 % commercial fait fuir : les gens viennent pour du contenu utile, de l’émotion et un ton humain. Une ou deux publications par semaine ne suffisent pas à exister ; répondre vite aux commentaires compte autant que publier.',
      en: 'All-sales talk drives people away: they come for useful content, emotion and a human tone. One or two posts a week is not enough to exist; answering comments quickly matters as much as posting.',
    },
    sources: ['S2', 'S4'],
  },
  calendar: {
    text: {
      fr: 'Un calendrier avec des phases, des temps forts et des jalons de revue, et un plan de secours prêt à l’emploi : sans organisation ni plan B, une campagne se perd au premier imprévu.',
      en: 'A calendar with phases, key moments and review milestones, and a ready contingency plan: without organisation or a plan B, a campaign gets lost at the first surprise.',
    },
    sources: ['S4', 'S1'],
  },
  stakeholders: {
    text: {
      fr: 'Les réseaux sociaux touchent la communication, le marketing, les ventes, les RH, l’informatique et le juridique. Un sceptique puissant sans plan pour le convaincre peut bloquer le projet : la grille montre qui associer de près.',
      en: 'Social media touches communication, marketing, sales, HR, IT and legal. A powerful skeptic with no plan to win them over can block the project: the grid shows whom to involve closely.',
    },
    sources: ['S3'],
  },
  governance: {
    text: {
      fr: 'Selon le Brand Science Institute, cité par S3 (vers 2010), la validation interne allonge de 60 % le délai d’une campagne : sur les réseaux, le bon moment est alors souvent passé. D’où un responsable nommé, un délai de validation court, un processus pour les critiques et une charte de transparence (pas d’abonnés achetés, partenariats signalés).',
      en: 'According to the Brand Science Institute, quoted in S3 (about 2010), internal approval adds 60% to a campaign’s lead time: on social media, the right moment has often gone by then. Hence a named owner, a short approval delay, a process for criticism and a transparency charter (no bought followers, partnerships disclosed).',
    },
    sources: ['S3', 'S2'],
  },
  swot: {
    text: {
      fr: 'Les faiblesses et les menaces sont dites franchement, chacune avec sa parade : c’est ce qui rend le plan crédible aux yeux d’une direction prudente.',
      en: 'Weaknesses and threats are stated plainly, each with its mitigation: that is what makes the plan credible to a cautious board.',
    },
    sources: ['S3', 'S1'],
  },
  budget: {
    text: {
      fr: '« Les réseaux sociaux, c’est gratuit » est faux : il faut du budget pour la publicité, les outils d’écoute, les contenus et surtout des personnes. Confier la stratégie à un stagiaire ou à des collaborateurs déjà occupés est une erreur fréquente. Le graphique compare les heures nécessaires aux heures réellement disponibles.',
      en: '“Social media is free” is wrong: it takes budget for ads, listening tools, content and above all people. Handing the strategy to an intern or to already busy staff is a common mistake. The chart compares the hours needed with the hours really available.',
    },
    sources: ['S2', 'S5'],
  },
  kpis: {
    text: {
      fr: 'Chaque objectif a ses indicateurs, avec un départ et une cible. L’article S3 rapporte qu’en 2009, selon Forrester, 7 marques américaines sur 10 présentes sur les réseaux disaient en avoir mesuré des bénéfices. Prévoir un bilan après chaque campagne, et ne pas juger avant plusieurs mois : une communauté se construit lentement.',
      en: 'Each objective has its KPIs, with a baseline and a target. Article S3 reports that in 2009, according to Forrester, 7 in 10 US brands on social media said they had measured benefits. Plan a review after each campaign, and do not judge before several months: a community takes time to build.',
    },
    sources: ['S3', 'S1', 'S2'],
  },
  risks: {
    text: {
      fr: 'Montrer les points ouverts plutôt que les cacher : la direction fait davantage confiance à un plan qui connaît ses limites. Les points acceptés l’ont été en connaissance de cause, et leur raison est notée.',
      en: 'Show the open points rather than hide them: management trusts a plan that knows its limits more. Accepted points were accepted knowingly, and their reason is recorded.',
    },
    sources: ['S1', 'S2', 'S3', 'S4', 'S5'],
  },
  decisions: {
    text: {
      fr: 'Terminer par des questions fermées : oui ou non au budget, à l’équipe, au délai de validation, aux canaux. Fixer la date de décision avant de quitter la salle. Recommander d’attendre est légitime si les moyens ne sont pas réunis.',
      en: 'End with closed questions: yes or no to the budget, the team, the approval delay, the channels. Set the decision date before leaving the room. Recommending to wait is fair if the means are not there.',
    },
    sources: ['S3', 'S2', 'S5'],
  },
} satisfies Record<string, SlideNote>;

export const NOTE_PARTS = {
  sources: { fr: 'Sources : {list}.', en: 'Sources: {list}.' },
  figures: { fr: 'Chiffres de l’atelier : {list}.', en: 'Workshop figures: {list}.' },
} satisfies Record<string, Text>;
