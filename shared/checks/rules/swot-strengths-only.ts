// Warning: a SWOT with strengths and no weakness or threat is a self-portrait, not a diagnosis (S3, S1).
import { listed } from '../listed';
import { str } from '../read';
import { defineRule } from '../rule';

export const swotStrengthsOnly = defineRule({ id: 'swot.strengths_only', step: 'swot', source: ['S3', 'S1'] }, (ctx) => {
  const strengths = ctx.cards('swot').filter((s) => str(s, 'quadrant') === 'strength');
  if (strengths.length === 0 || ctx.decided.swotDownsides.decided) return [];
  const found = listed(strengths, {
    noun: { fr: ['force', 'forces'], en: ['strength', 'strengths'] },
    one: (n) => ({
      fr: `Le SWOT ne montre qu’une force (${n.fr}), aucune faiblesse ni menace.`,
      en: `The SWOT shows only a strength (${n.en}), no weakness and no threat.`,
    }),
    many: (k, n) => ({
      fr: `Le SWOT ne montre que des forces (${k.fr} : ${n.fr}), aucune faiblesse ni menace.`,
      en: `The SWOT shows only strengths (${k.en}: ${n.en}), no weakness and no threat.`,
    }),
  });
  return [
    {
      severity: 'warning',
      ...found,
      fix: {
        fr: 'Nommez au moins une faiblesse et une menace : ce que l’on dit de vous en mal, ce que font mieux les concurrents, ce qui pourrait mal tourner.',
        en: 'Name at least one weakness and one threat: what people say against you, what competitors do better, what could go wrong.',
      },
      quickFix: { kind: 'add_card', step: 'swot', cardKind: 'swot', fields: { quadrant: 'weakness' } },
    },
  ];
});
