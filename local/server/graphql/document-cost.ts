// What an operation would make the server do, measured before graphql-js validates it: its depth
// (AppSync's queryDepthLimit) and its number of fields once fragments are expanded. Each fragment is
// measured once and remembered, so the cost of measuring is linear in the document even when the
// expansion is exponential (`fragment F1 { ...F0 ...F0 }`, `F2 { ...F1 ...F1 }`, …).
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Local bound, not an AppSync quota (UNVERIFIED against AWS: AppSync publishes no token limit). The
 * largest operation file in clients/operations is 169 tokens and GraphiQL's introspection query 183;
 * 5,000 keeps parsing any document to a few milliseconds.
 */
export const MAX_DOCUMENT_TOKENS = 5_000;

/**
 * Local bound, not an AppSync quota (UNVERIFIED against AWS; AppSync bounds work by resolverCountLimit
 * at run time): fields an operation selects once every fragment spread is expanded, aliases counted
 * one by one, over all the document's operations. GraphiQL's introspection query expands to 229; the
 * clients' largest operation to under 50. Refuses fragment bombs and alias floods before graphql-js
 * validates them (its rule for overlapping fields compares same-named fields pairwise).
 */
export const MAX_EXPANDED_FIELDS = 500;

export interface OperationCost {
  /** depth as AppSync counts it: fields nested in fields, introspection fields not counted */
  depth: number;
  /** fields once fragments are expanded (may be Infinity for a deep enough bomb) */
  fields: number;
}

/** Measures every operation of a document; unknown and cyclic spreads count as empty (validation names them). */
export function measureOperations(
  document: DocumentNode,
): Array<{ node: OperationDefinitionNode; cost: OperationCost }> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, OperationCost>();
  const inProgress = new Set<string>();

  const fragmentCost = (name: string): OperationCost => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return { depth: 0, fields: 0 };
    inProgress.add(name);
    const cost = selectionCost(fragment.selectionSet);
    inProgress.delete(name);
    memo.set(name, cost);
    return cost;
  };

  const selectionCost = (selectionSet: SelectionSetNode | undefined): OperationCost => {
    let depth = 0;
    let fields = 0;
    for (const selection of selectionSet?.selections ?? []) {
      let inner: OperationCost;
      if (selection.kind === Kind.FIELD) {
        const below = selectionCost(selection.selectionSet);
        const counted = selection.name.value.startsWith('__') ? 0 : 1 + below.depth;
        inner = { depth: counted, fields: 1 + below.fields };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) inner = selectionCost(selection.selectionSet);
      else inner = fragmentCost(selection.name.value);
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
    }
    return { depth, fields };
  };

  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((node) => ({ node, cost: selectionCost(node.selectionSet) }));
}
