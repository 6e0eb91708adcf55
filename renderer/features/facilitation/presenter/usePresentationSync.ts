// The control window tells the host what the room should see (step, spotlight, vote reveal, the strategy chain) whenever
// it changes, so audience windows follow. One small call per change; nothing is stored.
import { useEffect } from 'react';
import type { StepId } from '../../../../shared/model';
import { useView, useWorkshop } from '../../../app/hooks';
import { useServices } from '../../../app/ServicesContext';

export function usePresentationSync(workshopId: string, step: StepId) {
  const { client } = useServices();
  const selected = useView((s) => s.selectedCardId);
  const reveal = useView((s) => s.reveal);
  const map = useView((s) => s.map);
  const spotlight = useWorkshop((s) => (s.data?.cards.some((c) => c.id === selected && c.step === step) ? selected : null));
  const ready = useWorkshop((s) => s.status === 'ready' && s.workshopId === workshopId);
  useEffect(() => {
    if (!ready) return;
    void client.call('presentation.set', { workshopId, step, spotlight, reveal, map });
  }, [client, ready, workshopId, step, spotlight, reveal, map]);
}
