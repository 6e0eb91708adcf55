// Warning: no one's weekly hours are recorded, so nobody knows whether the plan can be run (S2).
import { defineRule } from '../rule';

export const resourcesNoPeople = defineRule({ id: 'resources.no_people', step: 'resources', source: ['S2'] }, (ctx) =>
  (ctx.decided.peopleHours.value ?? 0) > 0
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          message: {
            fr: 'Personne n’a d’heures par semaine consacrées aux réseaux sociaux : on ne peut pas vérifier que le plan est tenable.',
            en: 'Nobody has weekly hours set aside for social media: there is no way to check the plan can be run.',
          },
          fix: {
            fr: 'Ajoutez chaque personne impliquée avec son rôle, son statut et ses heures réelles par semaine.',
            en: 'Add each person involved with their role, status and actual hours a week.',
          },
          quickFix: { kind: 'add_card', step: 'resources', cardKind: 'person' },
        },
      ],
);
