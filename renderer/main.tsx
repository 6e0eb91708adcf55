// Entry point: picks the transport (IPC or HTTP), builds the stores, and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices, type Services } from './app/services';
import { ServicesProvider } from './app/ServicesContext';
import { connectCommands } from './app/commands';
import { connectLive } from './app/live';
import { requestExport } from './features/exports';
import { facilitationUi } from './features/facilitation';
import { browserEnv, chooseClient, localizeClient } from './client';
import './styles/fonts.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/form.css';
import './styles/overlays.css';
import './styles/library.css';
import './styles/agenda.css';
import './styles/board.css';
import './styles/panel.css';
import './styles/workshop.css'; // last: its narrow-screen rules override the parts above

function safeLocalStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.localStorage;
  } catch {
    return { getItem: () => null, setItem: () => {} };
  }
}

const { client } = chooseClient(browserEnv());
// The client reads the interface language when an error comes back, after the settings exist.
const services: Services = createServices(
  localizeClient(client, () => services.settings.getState().language),
  {
    storage: safeLocalStorage(),
    navigatorLanguage: navigator.language ?? '',
    prefersDark: window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  },
  window.location.hash,
);
// Edits made in another window or tab show here as they happen.
connectLive(services);
// Menu commands and opened files, sent by Electron's main process.
connectCommands(services, {
  go: (hash) => (window.location.hash = hash),
  exportWorkshop: requestExport,
  present: () => facilitationUi(services.workshop).getState().open('presenter'),
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
}
