// Interface strings of the health check's list quick fixes and provenance, in French and English (merged in fr.ts and en.ts).
const fr = {
  'diagnostics.fix.addKpis': 'Ajouter un KPI pour chacun des {count} objectifs',
  'diagnostics.fix.linkTargets': 'Relier ces {count} canaux à une cible',
  'diagnostics.fix.linkObjectives': 'Relier ces {count} canaux à un objectif',
  'diagnostics.link.targetAll': 'Cible à relier aux {count} canaux',
  'diagnostics.link.objectiveAll': 'Objectif à relier aux {count} canaux',
  'diagnostics.basis.article': 'D’après {sources}',
  'diagnostics.basis.thumb': 'Repère Socle : {reason}',
};

const en: Record<keyof typeof fr, string> = {
  'diagnostics.fix.addKpis': 'Add a KPI for each of the {count} objectives',
  'diagnostics.fix.linkTargets': 'Link these {count} channels to a target',
  'diagnostics.fix.linkObjectives': 'Link these {count} channels to an objective',
  'diagnostics.link.targetAll': 'Target to link to the {count} channels',
  'diagnostics.link.objectiveAll': 'Objective to link to the {count} channels',
  'diagnostics.basis.article': 'According to {sources}',
  'diagnostics.basis.thumb': 'Socle rule of thumb: {reason}',
};

export const healthMessages = { fr, en };
