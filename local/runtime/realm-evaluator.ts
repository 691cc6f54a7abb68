// Evaluates handlers in a given realm of the calling process, synchronously: isolated from the
// caller's objects, but with no time or memory limit. The sandbox worker runs it inside its own
// limited process; a host should use createEvaluator for any code it does not trust to end.
import { evaluationRequest } from './evaluation-input.ts';
import type { Realm } from './realm/create-realm.ts';
import type { HandlerOutcome } from './sandbox/outcome.ts';
import type { Evaluator, HandlerEvaluation, HandlerInput } from './types.ts';

export interface RealmEvaluator extends Evaluator {
  /** The same evaluation, synchronously. */
  evaluateNow(input: HandlerInput): HandlerEvaluation;
}

export function createRealmEvaluator(realm: Realm): RealmEvaluator {
  const evaluateNow = (input: HandlerInput): HandlerEvaluation => {
    const prepared = evaluationRequest(input);
    if (prepared.codeErrors) return { codeErrors: prepared.codeErrors };
    return { outcome: JSON.parse(realm.evaluate(prepared.request)) as HandlerOutcome };
  };
  return { evaluateNow, evaluate: async (input) => evaluateNow(input), close: async () => undefined };
}
