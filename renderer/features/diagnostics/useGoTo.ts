// Takes the user where a finding points: closes the drawer, switches step, selects the card, focuses the field.
import { useCallback } from 'react';
import { useServices } from '../../app/ServicesContext';
import { drawerStore } from './drawer';
import { focusWhenReady, type FindingTarget } from './target';

export function useGoTo() {
  const { nav, view } = useServices();
  return useCallback(
    (target: FindingTarget) => {
      drawerStore.getState().setOpen(false);
      nav.getState().setStep(target.step);
      // The canvas centres on the selected card; the panel shows its form.
      view.getState().select(target.cardId);
      if (target.focus) focusWhenReady(target.focus);
    },
    [nav, view],
  );
}
