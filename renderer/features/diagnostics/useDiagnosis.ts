// The open workshop's diagnosis, computed from a deferred copy of its data so typing is never held up by the checks.
import { useDeferredValue, useMemo } from 'react';
import { useWorkshop } from '../../app/hooks';
import { diagnose, type Diagnosis } from './compute';

export function useDiagnosis(): Diagnosis | null {
  const data = useWorkshop((s) => s.data);
  // React renders the urgent update (the keystroke) first, then this value in the background.
  const deferred = useDeferredValue(data);
  return useMemo(() => (deferred ? diagnose(deferred) : null), [deferred]);
}
