// Socle's own rules of thumb: thresholds the articles do not state, each with the reason Socle uses it.
import type { Text } from '../catalogue/types';

export const SIX_MONTHS: Text = {
  fr: 'six mois au moins avant de juger. Les articles demandent de la patience sur de longs mois (S2, S3) sans donner de durée ; Socle retient six mois.',
  en: 'at least six months before judging. The articles ask for patience over many months (S2, S3) without giving a length; Socle uses six months.',
};
export const VALUE_SHARE: Text = {
  fr: '30 % de contenu utile au moins. L’article S2 condamne le discours 100 % commercial sans fixer de part ; Socle retient 30 %.',
  en: 'at least 30% useful content. Article S2 condemns 100% commercial talk without setting a share; Socle uses 30%.',
};
export const PLATFORM_NORMS: Text = {
  fr: 'le rythme minimal et le délai de réponse de chaque plateforme sont des repères de Socle (catalogue des plateformes) ; l’article S4 dit seulement qu’une ou deux publications par semaine ne suffisent pas.',
  en: 'each platform’s minimum rhythm and response time are Socle’s benchmarks (platform catalogue); article S4 only says one or two posts a week are not enough.',
};
export const FEW_OBJECTIVES: Text = {
  fr: 'trois objectifs au plus pour commencer. Les articles conseillent de partir d’un objectif précis et de peu de canaux (S4, S5) ; le chiffre trois est celui de Socle.',
  en: 'three objectives at most to start with. The articles advise starting from one precise objective and few channels (S4, S5); the number three is Socle’s.',
};
export const HOURS_MODEL: Text = {
  fr: 'les heures sont estimées par Socle (minutes par format, modération par plateforme) ; les articles disent seulement que chaque canal coûte du temps et des personnes (S2, S5).',
  en: 'hours are Socle’s estimates (minutes per format, moderation per platform); the articles only say every channel costs time and people (S2, S5).',
};
export const POWER_FOUR: Text = {
  fr: 'un pouvoir de 4 ou 5 sur 5 compte comme influent ; la grille pouvoir/intérêt est l’outil de Socle, l’article S3 parle de convaincre les décideurs.',
  en: 'a power of 4 or 5 out of 5 counts as influential; the power/interest grid is Socle’s tool, article S3 speaks of convincing decision makers.',
};
