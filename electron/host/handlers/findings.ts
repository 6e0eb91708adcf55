// Accepted findings: a diagnostic the room decides to live with, with the reason, kept and exported.
import { CallFailure } from '../../../shared/api';
import type { AcceptedFinding } from '../../../shared/model';
import type { Handlers } from './types';

export const findingHandlers: Pick<Handlers, 'finding.accept' | 'finding.reopen'> = {
  'finding.accept': ({ workshopId, ruleId, cardKey, reason }, { store }) =>
    store.mutate(workshopId, 'finding.accept', null, (edit) => {
      const accepted: AcceptedFinding = { ruleId, cardKey, reason, acceptedAt: store.now() };
      edit.put('accepted_findings', {
        workshop_id: workshopId,
        rule_id: ruleId,
        card_key: cardKey,
        reason,
        accepted_at: accepted.acceptedAt,
      });
      return accepted;
    }),
  'finding.reopen': ({ workshopId, ruleId, cardKey }, { store }) =>
    store.mutate(workshopId, 'finding.reopen', null, (edit) => {
      if (!edit.remove('accepted_findings', { workshop_id: workshopId, rule_id: ruleId, card_key: cardKey })) {
        throw new CallFailure('not_found', 'That finding was not accepted.');
      }
      return { ruleId, cardKey };
    }),
};
