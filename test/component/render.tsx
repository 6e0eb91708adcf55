// Component tests' harness: a component drawn in happy-dom inside the app's real services, whose client reaches a
// real host on a temporary library (the contract is the only boundary; nothing inside the app is mocked).
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CallName, Result } from '../../shared/api';
import type { Language } from '../../shared/model';
import { createServices, type Services } from '../../renderer/app/services';
import { ServicesProvider } from '../../renderer/app/ServicesContext';
import { createClient, type Transport } from '../../renderer/client';
import { makeHost, must } from '../helpers/host';

export type TestHost = ReturnType<typeof makeHost>;

export interface Harness {
  host: TestHost | null;
  services: Services;
  /** Every call the component made, in order, as it reached the contract. */
  calls: { name: CallName; input: Record<string, unknown> }[];
  view: RenderResult;
}

const memoryStorage = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

/** Services over `transport`, in `language`, with every call recorded. */
export function servicesFor(transport: Transport, language: Language = 'en') {
  const calls: Harness['calls'] = [];
  const recording: Transport = (name, input) => {
    calls.push({ name, input: input as Record<string, unknown> });
    return transport(name, input);
  };
  const services = createServices(
    createClient(recording),
    { storage: memoryStorage(), navigatorLanguage: language, prefersDark: false },
    '',
  );
  return { services, calls };
}

/** A real host on a fresh library, with one workshop loaded in the workshop store. */
export async function withWorkshop(language: Language = 'en') {
  const host = makeHost();
  const workshop = await must(host, 'workshop.create', { title: 'Bakery', organisation: 'Fournil & Co', language });
  const { services, calls } = servicesFor((name, input) => host.call(name, input as never) as Promise<Result<unknown>>, language);
  await services.workshop.getState().load(workshop.id);
  return { host, services, calls, workshopId: workshop.id };
}

export function draw(ui: ReactElement, services: Services): RenderResult {
  return render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
}

/** Unmounts what was drawn (flushing any field still waiting to save) and removes the library. */
export function tidy(host: TestHost | null): void {
  cleanup();
  host?.dispose();
}
