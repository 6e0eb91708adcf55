// Interface strings of the plan's progress (decisions made / to make) and of fitting the agenda to the session, in French and English.
const fr = {
  'plan.progress': '{decided} sur {planned} étapes décidées',
  'plan.progressHint': 'Encore à décider : {toDecide}. Bilan de santé : Ctrl+Maj+D',
  'plan.healthCheck': 'Bilan',
  'plan.fit': 'Ajuster à la séance',
  'plan.fitHint': 'Réduit chaque durée dans la même proportion pour tenir en {minutes} min.',
  'plan.fitted': 'Ordre du jour ajusté à {minutes} min.',
};

const en: Record<keyof typeof fr, string> = {
  'plan.progress': '{decided} of {planned} steps decided',
  'plan.progressHint': 'Still to decide: {toDecide}. Health check: Ctrl+Shift+D',
  'plan.healthCheck': 'Check',
  'plan.fit': 'Fit to the session',
  'plan.fitHint': 'Shortens every timebox in the same proportion to fit in {minutes} min.',
  'plan.fitted': 'Agenda fitted to {minutes} min.',
};

export const planMessages = { fr, en };
