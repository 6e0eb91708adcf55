// Sector templates and the demo workshop, as seeds in the requested language.
import type { Language, WorkshopSeed } from '../../model';

export interface TemplateDef {
  id: string;
  label: { fr: string; en: string };
  build: (language: Language) => WorkshopSeed;
}

const demo: TemplateDef = {
  id: 'demo',
  label: { fr: 'Atelier de démonstration', en: 'Demo workshop' },
  build: (language) => {
    const fr = language === 'fr';
    return {
      title: fr ? 'Démo : Boulangerie Martin' : 'Demo: Martin Bakery',
      organisation: 'Boulangerie Martin',
      sector: fr ? 'Commerce de proximité' : 'Local shop',
      cards: [
        {
          ref: 'o1',
          step: 'objectives',
          kind: 'objective',
          title: fr ? 'Faire venir de nouveaux clients du quartier' : 'Bring new customers from the neighbourhood',
          fields: { type: 'awareness', metric: fr ? 'Abonnés locaux' : 'Local followers', baseline: 120, target: 600, deadline: '2027-06-30', priority: 1 },
        },
      ],
      links: [],
      answers: [],
      participants: [],
    };
  },
};

export const TEMPLATES: TemplateDef[] = [demo];

export function seedFor(templateId: string, language: Language): WorkshopSeed | null {
  return TEMPLATES.find((t) => t.id === templateId)?.build(language) ?? null;
}
