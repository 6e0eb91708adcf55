// Diagnostics actions on the open workshop: accept or reopen a finding, link cards, carry out a quick fix's plan.
// The host's answers list every row they wrote: the store applies them.
import type { Result } from '../../../shared/api';
import type { Card, LinkKind } from '../../../shared/model';
import type { Client } from '../../client';
import type { WorkshopStore } from '../../stores/workshop';
import type { FixPlan } from './quickFixes';

export function diagnosticsActions(client: Client, store: WorkshopStore) {
  const run = store.getState().run;
  const link = (kind: LinkKind, fromCard: string, toCard: string) =>
    run((workshopId) => client.call('link.create', { workshopId, kind, fromCard, toCard }));
  return {
    accept: (ruleId: string, cardKey: string, reason: string) =>
      run((workshopId) => client.call('finding.accept', { workshopId, ruleId, cardKey, reason })),
    reopen: (ruleId: string, cardKey: string) => run((workshopId) => client.call('finding.reopen', { workshopId, ruleId, cardKey })),
    link,
    remove: (cardId: string) => store.getState().deleteCard(cardId),
    /** Links every card of `fromCards` to `toCard`, skipping those already linked; answers how many links were made. */
    async linkAll(kind: LinkKind, fromCards: readonly string[], toCard: string): Promise<Result<number>> {
      let made = 0;
      for (const fromCard of fromCards) {
        const data = store.getState().data;
        if (data?.links.some((l) => l.kind === kind && l.fromCard === fromCard && l.toCard === toCard)) continue;
        const linked = await link(kind, fromCard, toCard);
        if (!linked.ok) return linked;
        made += 1;
      }
      return { ok: true, value: made };
    },
    /** Creates the plan's cards in order (and links each to its target); answers the cards made, or the first refusal. */
    async create(plan: Extract<FixPlan, { kind: 'create' }>): Promise<Result<Card[]>> {
      const made: Card[] = [];
      for (const [i, draft] of plan.drafts.entries()) {
        const created = await store.getState().createCard(draft);
        if (!created.ok) return created;
        made.push(created.value);
        const to = plan.links[i];
        if (to) {
          const linked = await link(to.kind, created.value.id, to.toCard);
          if (!linked.ok) return linked;
        }
      }
      return { ok: true, value: made };
    },
  };
}

export type DiagnosticsActions = ReturnType<typeof diagnosticsActions>;
