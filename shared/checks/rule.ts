// Defines a rule from its id, step and sources plus a function that returns the findings' specific parts.
import type { StepId } from '../model';
import type { SourceId, Text } from '../catalogue/types';
import { contextOf, type CheckContext } from './context';
import type { CheckInput, Finding, Rule } from './types';

/** What a rule's check says; the rule fills in its id, step and sources. */
export type Draft = Omit<Finding, 'ruleId' | 'step' | 'source' | 'ruleOfThumb' | 'accepted' | 'acceptedReason'>;

export function defineRule(
  meta: { id: string; step: StepId; source: SourceId[]; ruleOfThumb?: Text },
  check: (ctx: CheckContext, input: CheckInput) => Draft[],
): Rule {
  return {
    ...meta,
    run: (input) =>
      check(contextOf(input), input).map((d) => ({
        ruleId: meta.id,
        step: meta.step,
        source: meta.source,
        ...(meta.ruleOfThumb ? { ruleOfThumb: meta.ruleOfThumb } : {}),
        ...d,
      })),
  };
}
