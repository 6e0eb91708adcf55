// Warning: a powerful skeptic at the top and no sponsor named: nobody will carry the project before management (S3).
import type { Card } from '../../model';
import { departmentOf } from '../../decisions';
import { num, str } from '../read';
import { defineRule } from '../rule';
import { POWER_FOUR } from '../thumbs';
import { POWERFUL } from './stakeholders-skeptic-no-plan';

export const convinceSkepticNoSponsor = defineRule(
  { id: 'convince.skeptic_no_sponsor', step: 'convince', source: ['S3'], ruleOfThumb: POWER_FOUR },
  (ctx, input) => {
    if (ctx.decided.sponsor.decided) return [];
    const cards: Card[] = ctx.cards('stakeholder').filter((s) => str(s, 'stance') === 'skeptic' && (num(s, 'power') ?? 0) >= POWERFUL);
    // A skeptic in the room from the executive committee counts too.
    const people = input.participants.filter((p) => p.stance === 'skeptic' && departmentOf(p.department) === 'executive');
    if (cards.length === 0 && people.length === 0) return [];
    const names = [...cards.map((c) => c.title.trim()), ...people.map((p) => p.name.trim())].filter((n) => n !== '');
    const who = names.length > 0 ? names.join(', ') : '';
    return [
      {
        severity: 'warning',
        cardIds: cards.map((c) => c.id).sort(),
        message: {
          fr: `Un décideur influent reste sceptique${who ? ` (${who})` : ''} et aucun sponsor n’est nommé pour porter le projet devant la direction.`,
          en: `An influential decision maker remains skeptical${who ? ` (${who})` : ''} and no sponsor is named to carry the project before management.`,
        },
        fix: {
          fr: 'Nommez un sponsor respecté par la direction (réponse « Qui portera le projet ? » ou partie prenante « moteur » de la direction), et préparez avec lui les preuves à présenter.',
          en: 'Name a sponsor management respects (the “Who will champion the project?” answer, or a champion stakeholder from management), and prepare the evidence with them.',
        },
      },
    ];
  },
);
