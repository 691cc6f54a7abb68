// A realm in this very process, no limits: for measuring the runtime's overhead (bench/) and for
// code you trust to end. Untrusted code belongs in createEvaluator's worker processes.
import { sandboxBundle } from './realm/bundle.ts';
import { createRealm } from './realm/create-realm.ts';
import { createRealmEvaluator, type RealmEvaluator } from './realm-evaluator.ts';

export function createInProcessEvaluator(): RealmEvaluator {
  return createRealmEvaluator(createRealm(sandboxBundle()));
}
