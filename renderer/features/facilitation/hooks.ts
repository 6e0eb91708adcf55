// Hooks of the facilitation tools: their actions, a ticking clock while a timer runs, the agenda with its arrival time.
import { useEffect, useMemo, useState } from 'react';
import type { AgendaEntry } from '../../../shared/model';
import { useWorkshop } from '../../app/hooks';
import { useServices } from '../../app/ServicesContext';
import { facilitationActions } from './actions';
import { orderedAgenda } from './agendaOrder';

export function useFacilitation() {
  const { client, workshop } = useServices();
  return useMemo(() => facilitationActions(client, workshop), [client, workshop]);
}

// When each agenda answer arrived: the host counted the running stretch up to then (see time.ts spentAt).
const arrivals = new WeakMap<readonly AgendaEntry[], number>();

function arrivalOf(agenda: readonly AgendaEntry[]): number {
  let at = arrivals.get(agenda);
  if (at === undefined) {
    at = Date.now();
    arrivals.set(agenda, at);
  }
  return at;
}

/** The current time, refreshed twice a second while `active` (a timer runs), still otherwise. */
export function useNow(active: boolean, intervalMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    tick();
    const id = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(id);
  }, [active, intervalMs]);
  return now;
}

/** The agenda in the workshop's order, when it arrived, and a clock that ticks while one of its timers runs. */
export function useAgendaTime() {
  const raw = useWorkshop((s) => s.data?.agenda);
  const agenda = useMemo(() => orderedAgenda(raw), [raw]);
  const receivedAt = raw ? arrivalOf(raw) : 0;
  const running = agenda.some((e) => e.runningSince !== null);
  const now = Math.max(useNow(running), receivedAt);
  return { agenda, receivedAt, now, running };
}

/** A local copy of a saved value that a control can change at once; a new saved value (answer, undo) replaces it. */
export function useEcho<T>(saved: T): [T, (value: T) => void] {
  const [local, setLocal] = useState(saved);
  const [seen, setSeen] = useState(saved);
  if (!Object.is(seen, saved)) {
    setSeen(saved);
    setLocal(saved);
  }
  return [local, setLocal];
}
