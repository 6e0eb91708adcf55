// Undo and redo for the buttons and the shortcuts, with the host's refusal shown as a toast.
import { useMemo } from 'react';
import { useServices } from '../../app/ServicesContext';

export function useHistoryActions() {
  const { workshop, notices, view } = useServices();
  return useMemo(() => {
    const run = async (which: 'undo' | 'redo') => {
      const state = workshop.getState();
      if (which === 'undo' ? !state.history.canUndo : !state.history.canRedo) return;
      const result = await state[which]();
      if (!result.ok) notices.getState().push('error', result.error.message);
    };
    return {
      undo: () => void run('undo'),
      redo: () => void run('redo'),
      escape: () => view.getState().select(null),
    };
  }, [workshop, notices, view]);
}
