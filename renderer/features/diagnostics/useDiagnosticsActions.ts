// The diagnostics actions bound to this window's client and workshop store.
import { useMemo } from 'react';
import { useServices } from '../../app/ServicesContext';
import { diagnosticsActions } from './actions';

export function useDiagnosticsActions() {
  const { client, workshop } = useServices();
  return useMemo(() => diagnosticsActions(client, workshop), [client, workshop]);
}
