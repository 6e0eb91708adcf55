// Warning: the strategic roles rest only on interns or outside providers, who may not stay (S2, S1).
import type { Card } from '../../model';
import { ids, named, str } from '../read';
import { defineRule } from '../rule';

/** Team types that should not carry the strategy alone: little experience, or outside the company. */
export const FRAGILE_TEAM_TYPES = ['intern', 'agency', 'freelance'];

const fragile = (c: Card) => FRAGILE_TEAM_TYPES.includes(str(c, 'teamType') ?? '');

export const governanceWeakTeam = defineRule({ id: 'governance.weak_team', step: 'governance', source: ['S2', 'S1'] }, (ctx) => {
  const rules = ctx.cards('governance_rule').filter((g) => ['owner', 'team'].includes(str(g, 'rule') ?? ''));
  const owner = rules.find((g) => str(g, 'rule') === 'owner' && fragile(g));
  const fix = {
    fr: 'Confiez la responsabilité et l’animation à quelqu’un de l’entreprise, formé et disponible ; stagiaires et agence viennent en appui.',
    en: 'Give ownership and community management to someone inside the company, trained and available; interns and agencies come in support.',
  };
  if (owner) {
    return [
      {
        severity: 'warning',
        cardIds: [owner.id],
        field: 'teamType',
        message: {
          fr: `Le responsable (${named(owner).fr}) est un stagiaire ou un prestataire externe.`,
          en: `The owner (${named(owner).en}) is an intern or an outside provider.`,
        },
        fix,
      },
    ];
  }
  const typed = [...ctx.cards('person'), ...rules].filter((c) => str(c, 'teamType') !== undefined);
  if (typed.length === 0 || !typed.every(fragile)) return [];
  return [
    {
      severity: 'warning',
      cardIds: ids(typed),
      field: 'teamType',
      message: {
        fr: 'L’équipe ne compte que des stagiaires ou des prestataires externes : personne dans l’entreprise ne porte la stratégie.',
        en: 'The team is only interns or outside providers: nobody inside the company carries the strategy.',
      },
      fix,
    },
  ];
});
