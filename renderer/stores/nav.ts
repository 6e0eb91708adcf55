// Where the user is: the library (or its trash) or a workshop at a step; mirrored in the URL hash.
import { createStore } from 'zustand/vanilla';
import { STEP_IDS, type StepId } from '../../shared/model';

export type Route =
  | { screen: 'library'; trash: boolean }
  | { screen: 'workshop'; workshopId: string; step: StepId }
  /** The room's screen of a workshop, in its own window: it follows what the control window presents. */
  | { screen: 'audience'; workshopId: string };

export interface NavState {
  route: Route;
  go(route: Route): void;
  openLibrary(trash?: boolean): void;
  openWorkshop(workshopId: string, step?: StepId): void;
  setStep(step: StepId): void;
}

const FIRST_STEP: StepId = STEP_IDS[0] ?? 'context';
const isStep = (s: string | undefined): s is StepId => !!s && (STEP_IDS as readonly string[]).includes(s);

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'workshop' && parts[1] && /^[A-Za-z0-9_-]{1,64}$/.test(parts[1])) {
    return { screen: 'workshop', workshopId: parts[1], step: isStep(parts[2]) ? parts[2] : FIRST_STEP };
  }
  if (parts[0] === 'audience' && parts[1] && /^[A-Za-z0-9_-]{1,64}$/.test(parts[1])) return { screen: 'audience', workshopId: parts[1] };
  return { screen: 'library', trash: parts[0] === 'trash' };
}

export function formatHash(route: Route): string {
  if (route.screen === 'workshop') return `#/workshop/${encodeURIComponent(route.workshopId)}/${route.step}`;
  if (route.screen === 'audience') return `#/audience/${encodeURIComponent(route.workshopId)}`;
  return route.trash ? '#/trash' : '#/';
}

export function createNavStore(initial: Route = { screen: 'library', trash: false }) {
  return createStore<NavState>()((set, get) => ({
    route: initial,
    go: (route) => set({ route }),
    openLibrary: (trash = false) => set({ route: { screen: 'library', trash } }),
    openWorkshop: (workshopId, step = FIRST_STEP) => set({ route: { screen: 'workshop', workshopId, step } }),
    setStep: (step) => {
      const { route } = get();
      if (route.screen === 'workshop') set({ route: { ...route, step } });
    },
  }));
}

export type NavStore = ReturnType<typeof createNavStore>;
