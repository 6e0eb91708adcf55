// Which link to make when a card is dragged onto another: from LINK_RULES and the cards' fields, or the reason to refuse.
import { LINK_RULES, linkProblem, type LinkKind } from '../../../../shared/model';

export interface LinkEnd {
  id: string;
  kind: string;
  fields: Record<string, unknown>;
}

export type LinkProblem = 'from_kind' | 'to_kind' | 'not_a_threat' | 'self';

export type LinkDecision =
  | { type: 'create'; kind: LinkKind; from: string; to: string }
  | { type: 'ask'; kinds: LinkKind[]; from: string; to: string }
  | { type: 'refuse'; kind: LinkKind; problem: LinkProblem; cardKind: string };

type Rules = Record<LinkKind, { from: readonly string[]; to: readonly string[] }>;

const fits = (allowed: readonly string[], kind: string) => allowed.includes('*') || allowed.includes(kind);

/** linkProblem of the model, with the rules given (the model's own by default). */
function problemOf(rules: Rules, kind: LinkKind, from: LinkEnd, to: LinkEnd): LinkProblem | null {
  if (!fits(rules[kind].from, from.kind)) return 'from_kind';
  if (!fits(rules[kind].to, to.kind)) return 'to_kind';
  return linkProblem(kind, from, to) === 'not_a_threat' ? 'not_a_threat' : null;
}

/** Link kinds made for these two card kinds (the catch-all `relates` aside). */
export function specificKinds(from: string, to: string, rules: Rules = LINK_RULES): LinkKind[] {
  return (Object.keys(rules) as LinkKind[]).filter((k) => k !== 'relates' && rules[k].from.includes(from) && rules[k].to.includes(to));
}

/**
 * `mode` is the kind picked in the toolbar, or 'auto'. Automatic: the one kind made for the two cards (either way round),
 * a question when several fit, `relates` when none is made for them; refused when the one that fits the kinds does not fit
 * the fields (a mitigation of something that is not a threat).
 */
export function decideLink(mode: LinkKind | 'auto', a: LinkEnd, b: LinkEnd, rules: Rules = LINK_RULES): LinkDecision {
  if (a.id === b.id) return { type: 'refuse', kind: mode === 'auto' ? 'relates' : mode, problem: 'self', cardKind: a.kind };
  if (mode !== 'auto') {
    const problem = problemOf(rules, mode, a, b);
    if (!problem) return { type: 'create', kind: mode, from: a.id, to: b.id };
    if (!problemOf(rules, mode, b, a)) return { type: 'create', kind: mode, from: b.id, to: a.id };
    return { type: 'refuse', kind: mode, problem, cardKind: problem === 'from_kind' ? a.kind : b.kind };
  }
  let [from, to] = [a, b];
  let kinds = specificKinds(a.kind, b.kind, rules);
  if (kinds.length === 0) {
    kinds = specificKinds(b.kind, a.kind, rules);
    [from, to] = [b, a];
  }
  if (kinds.length === 0) return { type: 'create', kind: 'relates', from: a.id, to: b.id };
  const fitting = kinds.filter((k) => !problemOf(rules, k, from, to));
  const first = kinds[0]!;
  if (fitting.length === 0) {
    const problem = problemOf(rules, first, from, to) ?? 'to_kind';
    return { type: 'refuse', kind: first, problem, cardKind: problem === 'from_kind' ? from.kind : to.kind };
  }
  if (fitting.length === 1) return { type: 'create', kind: fitting[0]!, from: from.id, to: to.id };
  return { type: 'ask', kinds: [...fitting, 'relates'], from: from.id, to: to.id };
}
