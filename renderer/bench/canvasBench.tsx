// Benchmark page: ?flow=ours renders our step canvas, ?flow=bare a bare React Flow, both with the same 1,000 cards and links.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { STEPS as CATALOGUE_STEPS } from '../../shared/catalogue';
import { createServices } from '../app/services';
import { ServicesProvider } from '../app/ServicesContext';
import type { Client } from '../client';
import { Canvas } from '../features/canvas';
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/controls.css';
import { BareFlow } from './BareFlow';
import { benchWorkshop } from './benchData';
import { run, VIEWPORT } from './scenario';

const data = benchWorkshop();
const flow = new URLSearchParams(location.search).get('flow') === 'bare' ? 'bare' : 'ours';
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
const client = {
  call: (name: string, input: { cardId?: string; patch?: object }) => {
    if (name === 'workshop.get') return ok(data);
    if (name === 'card.update') {
      const card = data.cards.find((c) => c.id === input.cardId);
      return ok({ value: { ...card, ...input.patch }, history: data.history });
    }
    return Promise.resolve({ ok: false, error: { code: 'unknown_call', message: name } });
  },
} as unknown as Client;
const memory = { getItem: () => null, setItem: () => {} };
const services = createServices(client, { storage: memory, navigatorLanguage: 'fr', prefersDark: false }, '#/');
const step = { ...CATALOGUE_STEPS[0]!, layout: 'board' as const };

function Ours() {
  return (
    <div style={{ width: '100vw', height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Canvas
        step={step}
        kinds={step.cardKinds}
        cards={data.cards}
        selectedCardId={null}
        onSelect={() => {}}
        onCreate={() => {}}
        initialViewport={VIEWPORT}
      />
    </div>
  );
}

(window as unknown as { bench: unknown }).bench = { run, flow, viewport: VIEWPORT };
void services.workshop
  .getState()
  .load('big')
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <ServicesProvider services={services}>{flow === 'bare' ? <BareFlow data={data} /> : <Ours />}</ServicesProvider>
      </StrictMode>,
    );
  });
