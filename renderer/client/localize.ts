// Shows the host's French message to a French user: errors may carry one beside the English text.
import type { Language } from '../../shared/model';
import type { Client } from './client';

export function localizeClient(client: Client, language: () => Language): Client {
  return {
    call: async (name, input) => {
      const result = await client.call(name, input);
      if (result.ok || !result.error.fr || language() !== 'fr') return result;
      return { ok: false, error: { ...result.error, message: result.error.fr } };
    },
    subscribe: client.subscribe,
    clientId: client.clientId,
  };
}
