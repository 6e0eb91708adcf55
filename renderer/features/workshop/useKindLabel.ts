// A card kind's name in the current language: the catalogue's when it has one, the interface's otherwise.
import { useCallback } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { catalogueKindLabel } from './kindDefs';

export function useKindLabel(): (kind: string) => string {
  const { t, tx } = useT();
  return useCallback(
    (kind: string) => {
      const fromCatalogue = catalogueKindLabel(kind);
      if (fromCatalogue) return tx(fromCatalogue);
      const key = `kind.${kind}` as MessageKey;
      const label = t(key);
      return label === key ? kind : label;
    },
    [t, tx],
  );
}
