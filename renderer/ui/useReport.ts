// Shows a failed call's message as an error toast; answers whether the call worked.
import { useCallback } from 'react';
import type { Result } from '../../shared/api';
import { useServices } from '../app/ServicesContext';

export function useReport() {
  const { notices } = useServices();
  return useCallback(
    <T>(result: Result<T>, success?: (value: T) => string | null): result is { ok: true; value: T } => {
      if (!result.ok) {
        notices.getState().push('error', result.error.message);
        return false;
      }
      const message = success?.(result.value);
      if (message) notices.getState().push('success', message);
      return true;
    },
    [notices],
  );
}
