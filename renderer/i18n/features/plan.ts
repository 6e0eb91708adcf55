// Interface strings of the plan's progress (decisions made / to make) and of fitting the agenda to the session, in French and English.
const fr = {
  'plan.progress': '{decided}/{planned}',
  'plan.progressWords': 'étapes décidées',
  'plan.progressHint': 'Encore à décider : {toDecide}. Bilan de santé : Ctrl+Maj+D',
  'plan.healthWord': 'Santé',
  'plan.fit': 'Ajuster à la séance',
  'plan.fitHint': 'Réduit chaque durée dans la même proportion pour tenir en {minutes} min.',
  'plan.fitted': 'Ordre du jour ajusté à {minutes} min.',
  'plan.session': 'Durée de la séance (min)',
  'plan.createOverrun':
    'L’ordre du jour prévu dure {agenda} min, {overrun} min de plus que la séance : l’atelier s’ouvrira en proposant de l’ajuster.',
};

const en: Record<keyof typeof fr, string> = {
  'plan.progress': '{decided}/{planned}',
  'plan.progressWords': 'steps decided',
  'plan.progressHint': 'Still to decide: {toDecide}. Health check: Ctrl+Shift+D',
  'plan.healthWord': 'Health',
  'plan.fit': 'Fit to the session',
  'plan.fitHint': 'Shortens every timebox in the same proportion to fit in {minutes} min.',
  'plan.fitted': 'Agenda fitted to {minutes} min.',
  'plan.session': 'Session length (min)',
  'plan.createOverrun':
    'The planned agenda lasts {agenda} min, {overrun} min more than the session: the workshop will open offering to fit it.',
};

export const planMessages = { fr, en };
