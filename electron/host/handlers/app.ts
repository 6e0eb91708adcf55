// App calls: what the renderer needs to know about the host it talks to.
import type { Handlers } from './types';

export const appHandlers: Pick<Handlers, 'app.info'> = {
  'app.info': (_args, { info }) => ({ ...info }),
};
