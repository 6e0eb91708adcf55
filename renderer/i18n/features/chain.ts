// Interface strings of the strategy map drawn as one chain (objective to owner), in French and English.
const fr = {
  'chain.head.objective': 'Objectif',
  'chain.head.target': 'Cible',
  'chain.head.channel': 'Canal',
  'chain.head.content': 'Contenu',
  'chain.head.kpi': 'Indicateur',
  'chain.head.owner': 'Responsable',
  'chain.empty': 'La chaîne part des objectifs : ajoutez-en à l’étape 3, puis reliez-leur canaux et indicateurs.',
  'chain.gap': 'À relier',
  'chain.title': 'La stratégie en une chaîne, de chaque objectif à son responsable',
};

const en: Record<keyof typeof fr, string> = {
  'chain.head.objective': 'Objective',
  'chain.head.target': 'Target',
  'chain.head.channel': 'Channel',
  'chain.head.content': 'Content',
  'chain.head.kpi': 'KPI',
  'chain.head.owner': 'Owner',
  'chain.empty': 'The chain starts from the objectives: add some in step 3, then link channels and KPIs to them.',
  'chain.gap': 'To link',
  'chain.title': 'The strategy as one chain, from each objective to its owner',
};

export const chainMessages = { fr, en };
