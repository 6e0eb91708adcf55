// The shapes of a card's own title and body fields, labelled from the interface strings in both languages.
import { useMemo } from 'react';
import { translate } from '../../i18n';
import type { InputShape } from './inputs/types';

const both = (key: 'card.title' | 'card.body') => ({ fr: translate('fr', key), en: translate('en', key) });

export function useCardLabels(): { title: InputShape; body: InputShape } {
  return useMemo(
    () => ({
      title: { type: 'text', label: both('card.title') },
      body: { type: 'longtext', label: both('card.body') },
    }),
    [],
  );
}
