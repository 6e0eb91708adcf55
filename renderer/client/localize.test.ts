// The client says the host's error in French when the interface is French and the host gave a French text.
import { describe, expect, it } from 'vitest';
import type { Client } from './client';
import { localizeClient } from './localize';

const failing: Client = {
  call: async () => ({ ok: false, error: { code: 'conflict', message: 'This vote round is closed.', fr: 'Ce tour de vote est clos.' } }),
  subscribe: () => () => {},
  clientId: 'test',
};

describe('localizeClient', () => {
  it('uses the French message for a French interface, the English one otherwise', async () => {
    let language: 'fr' | 'en' = 'fr';
    const client = localizeClient(failing, () => language);
    expect(await client.call('app.info', {})).toMatchObject({ ok: false, error: { message: 'Ce tour de vote est clos.' } });
    language = 'en';
    expect(await client.call('app.info', {})).toMatchObject({ ok: false, error: { message: 'This vote round is closed.' } });
  });
});
