// Blocker: the plan needs more hours a week than the team has; posts will slip and comments go unanswered (S2, S5).
import { capacity } from '../capacity';
import { fmt } from '../read';
import { HOURS_MODEL } from '../thumbs';
import { defineRule } from '../rule';

export const capacityOver = defineRule(
  { id: 'capacity.over', step: 'resources', source: ['S2', 'S5'], ruleOfThumb: HOURS_MODEL },
  (ctx, input) => {
    const cap = capacity(input, ctx.platforms);
    // With no hours recorded, resources.no_people speaks instead.
    if (cap.available <= 0 || cap.needed <= cap.available) return [];
    const heavy = cap.lines.filter((l) => l.kind !== 'available').sort((a, b) => b.hours - a.hours)[0];
    return [
      {
        severity: 'blocker',
        cardIds: [],
        message: {
          fr:
            `Le plan demande ${fmt(cap.needed).fr} h par semaine, l’équipe en a ${fmt(cap.available).fr}.` +
            (heavy ? ` Le poste le plus lourd : ${heavy.label.fr}.` : ''),
          en:
            `The plan needs ${fmt(cap.needed).en} h a week; the team has ${fmt(cap.available).en}.` +
            (heavy ? ` The heaviest item: ${heavy.label.en}.` : ''),
        },
        fix: {
          fr: 'Réduisez le nombre de canaux ou le rythme, choisissez des formats plus légers, ou ajoutez du temps (personnes, heures).',
          en: 'Cut the number of channels or the rhythm, choose lighter formats, or add time (people, hours).',
        },
      },
    ];
  },
);
