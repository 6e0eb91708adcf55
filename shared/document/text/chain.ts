// FR/EN words of the strategy chain in the deck: column names, the closing slide's title and its speaker note.
import type { SourceId } from '../../catalogue/types';
import type { ChainColumn } from '../chain';
import type { Text } from './index';

export const CHAIN_HEADS: Record<ChainColumn, Text> = {
  objective: { fr: 'Objectif', en: 'Objective' },
  target: { fr: 'Cible', en: 'Target' },
  channel: { fr: 'Canal', en: 'Channel' },
  content: { fr: 'Contenu', en: 'Content' },
  kpi: { fr: 'Indicateur', en: 'KPI' },
  owner: { fr: 'Responsable', en: 'Owner' },
};

export const CHAIN_TEXT = {
  kicker: { fr: 'La stratégie en une image', en: 'The strategy in one picture' },
  title: {
    fr: 'De chaque objectif à son responsable : une seule chaîne',
    en: 'From each objective to its owner: one chain',
  },
  moreLanes: { fr: '{n} autre objectif relié', en: '{n} more linked objective' },
  moreLanesMany: { fr: '{n} autres objectifs reliés', en: '{n} more linked objectives' },
  note: {
    fr: 'Lire de gauche à droite : pour chaque objectif, qui nous voulons toucher, par quel canal, avec quel contenu, comment nous saurons que cela marche et qui en répond. Une case vide est une décision qui reste à prendre : la nommer plutôt que la masquer.',
    en: 'Read left to right: for each objective, whom we want to reach, through which channel, with what content, how we will know it works and who answers for it. An empty box is a decision still to take: name it rather than hide it.',
  },
} satisfies Record<string, Text>;

export const CHAIN_SOURCES: SourceId[] = ['S1', 'S4', 'S3'];
