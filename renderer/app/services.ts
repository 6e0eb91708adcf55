// Everything the screens share, made once at start: the client and one store per feature.
import type { Client } from '../client';
import { createLibraryStore, type LibraryStore } from '../stores/library';
import { createNavStore, parseHash, type NavStore } from '../stores/nav';
import { createNoticesStore, type NoticesStore } from '../stores/notices';
import { createSettingsStore, type SettingsEnv, type SettingsStore } from '../stores/settings';
import { createViewStore, type ViewStore } from '../stores/view';
import { createWorkshopStore, type WorkshopStore } from '../stores/workshop';

export interface Services {
  client: Client;
  settings: SettingsStore;
  notices: NoticesStore;
  nav: NavStore;
  library: LibraryStore;
  workshop: WorkshopStore;
  view: ViewStore;
}

export function createServices(client: Client, settings: SettingsEnv, hash: string): Services {
  const notices = createNoticesStore();
  return {
    client,
    settings: createSettingsStore(settings),
    notices,
    nav: createNavStore(parseHash(hash)),
    library: createLibraryStore(client),
    // A stale edit reloads the workshop; the host's message (in the user's language) says why the value changed.
    workshop: createWorkshopStore(client, (error) => notices.getState().push('info', error.message)),
    view: createViewStore(),
  };
}
