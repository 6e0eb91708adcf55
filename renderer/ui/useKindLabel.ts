// A card kind's name in the current language, from the catalogue (the raw kind if it has none).
import { useCallback } from 'react';
import { useT } from '../i18n';
import { kindLabel } from './kindDefs';

export function useKindLabel(): (kind: string) => string {
  const { tx } = useT();
  return useCallback(
    (kind: string) => {
      const label = kindLabel(kind);
      return label ? tx(label) : kind;
    },
    [tx],
  );
}
