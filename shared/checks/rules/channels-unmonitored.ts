// Warning: channels nobody watches leave questions and complaints unanswered in public (S4, S2).
import { count, ids, namedAll } from '../read';
import { defineRule } from '../rule';

export const channelsUnmonitored = defineRule({ id: 'channels.unmonitored', step: 'channels', source: ['S4', 'S2'] }, (ctx) => {
  // Its own "monitored by", an owner link, a community manager with hours, or a named owner with team hours all count.
  const unwatched = ctx.cards('channel').filter((c) => !ctx.decided.monitoring.get(c.id)?.decided);
  if (unwatched.length === 0) return [];
  const n = count(unwatched.length, ['canal', 'canaux'], ['channel', 'channels']);
  const names = namedAll(unwatched);
  return [
    {
      severity: 'warning',
      cardIds: ids(unwatched),
      field: 'monitoredBy',
      message:
        unwatched.length === 1
          ? {
              fr: `Personne n’est chargé de surveiller le canal ${names.fr} et d’y répondre.`,
              en: `Nobody is in charge of watching the channel ${names.en} and answering there.`,
            }
          : {
              fr: `${n.fr} n’ont personne pour les surveiller et y répondre : ${names.fr}.`,
              en: `${n.en} have nobody to watch them and answer there: ${names.en}.`,
            },
      fix: {
        fr: 'Nommez qui surveille et répond (un community manager avec ses heures suffit pour tous) ; si personne ne peut le faire, mieux vaut ne pas ouvrir ces canaux.',
        en: 'Name who watches and answers (one community manager with hours covers them all); if nobody can, better not to open these channels.',
      },
      quickFix: { kind: 'edit_field', cardId: unwatched[0]!.id, field: 'monitoredBy' },
    },
  ];
});
