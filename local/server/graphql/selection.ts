// ctx.info.selectionSetList and selectionSetGraphQL for a field, as AppSync fills them:
// slash-separated paths of everything selected under the field (fragments included, aliases as
// written), and the selection set printed back as GraphQL (named fragment spreads kept).
import { Kind, print, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export interface FieldSelection {
  list: string[];
  graphql: string;
}

const cache = new WeakMap<FieldNode, FieldSelection>();

/** `visited` holds prefix + fragment pairs: a fragment spread twice at one place adds nothing new. */
function collect(
  selectionSet: SelectionSetNode | undefined,
  prefix: string,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Set<string>,
  visited: Set<string>,
): void {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      const name = selection.alias?.value ?? selection.name.value;
      const path = prefix ? `${prefix}/${name}` : name;
      out.add(path);
      collect(selection.selectionSet, path, fragments, out, visited);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, prefix, fragments, out, visited);
    } else {
      const key = `${prefix}\u0000${selection.name.value}`;
      if (visited.has(key)) continue;
      visited.add(key);
      collect(fragments[selection.name.value]?.selectionSet, prefix, fragments, out, visited);
    }
  }
}

export function fieldSelection(node: FieldNode, fragments: Record<string, FragmentDefinitionNode>): FieldSelection {
  const hit = cache.get(node);
  if (hit) return hit;
  const paths = new Set<string>();
  collect(node.selectionSet, '', fragments, paths, new Set());
  const selection = { list: [...paths], graphql: node.selectionSet ? print(node.selectionSet) : '' };
  cache.set(node, selection);
  return selection;
}
