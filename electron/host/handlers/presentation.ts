// What the room's screen shows, kept per host in memory (a moment of the session, not a record: nothing to undo).
import { CallFailure } from '../../../shared/api';
import type { Handlers, Context } from './types';

type Shown = NonNullable<ReturnType<Handlers['presentation.get']>>;
const byHost = new WeakMap<Context['info'], Map<string, Shown>>();

function shownOf(ctx: Context): Map<string, Shown> {
  let map = byHost.get(ctx.info);
  if (!map) byHost.set(ctx.info, (map = new Map()));
  return map;
}

export const presentationHandlers: Pick<Handlers, 'presentation.set' | 'presentation.get'> = {
  'presentation.set': (input, ctx) => {
    const row = ctx.store.rows.get('workshops', { id: input.workshopId });
    if (!row || row.deleted_at !== null) throw new CallFailure('not_found', `No workshop ${input.workshopId}.`);
    shownOf(ctx).set(input.workshopId, input);
    return input;
  },
  'presentation.get': ({ workshopId }, ctx) => shownOf(ctx).get(workshopId) ?? null,
};
