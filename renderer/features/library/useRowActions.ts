// What the library rows' buttons do; dialogs are asked for through the setters it is given.
import { useMemo } from 'react';
import type { WorkshopSummary } from '../../../shared/model';
import { useNav } from '../../app/hooks';
import { useServices } from '../../app/ServicesContext';
import { useT } from '../../i18n';
import { useReport } from '../../ui/useReport';
import type { RowActions } from './WorkshopRow';

export function useRowActions(ask: { rename(w: WorkshopSummary): void; purge(w: WorkshopSummary): void }): RowActions {
  const { t } = useT();
  const { library } = useServices();
  const openWorkshop = useNav((s) => s.openWorkshop);
  const report = useReport();
  return useMemo(
    () => ({
      open: (w) => openWorkshop(w.id),
      rename: ask.rename,
      purge: ask.purge,
      duplicate: async (w) => report(await library.getState().duplicate(w.id), (copy) => t('toast.duplicated', { title: copy.title })),
      trash: async (w) => report(await library.getState().trashWorkshop(w.id), () => t('toast.trashed', { title: w.title })),
      restore: async (w) => report(await library.getState().restore(w.id), () => t('toast.restored', { title: w.title })),
    }),
    [ask.rename, ask.purge, library, openWorkshop, report, t],
  );
}
