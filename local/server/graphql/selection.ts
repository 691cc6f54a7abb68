// ctx.info.selectionSetList and selectionSetGraphQL for a field, as AppSync fills them:
// slash-separated paths of everything selected under the field (fragments included, aliases as
// written), and the selection set printed back as GraphQL (named fragment spreads kept).
import { Kind, print, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export interface FieldSelection {
  list: string[];
  graphql: string;
}

const cache = new WeakMap<FieldNode, FieldSelection>();

function collect(
  selectionSet: SelectionSetNode | undefined,
  prefix: string,
  fragments: Record<string, FragmentDefinitionNode>,
  out: string[],
  seen: Set<string>,
): void {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      const name = selection.alias?.value ?? selection.name.value;
      const path = prefix ? `${prefix}/${name}` : name;
      if (!out.includes(path)) out.push(path);
      collect(selection.selectionSet, path, fragments, out, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, prefix, fragments, out, seen);
    } else if (!seen.has(selection.name.value)) {
      collect(
        fragments[selection.name.value]?.selectionSet,
        prefix,
        fragments,
        out,
        new Set([...seen, selection.name.value]),
      );
    }
  }
}

export function fieldSelection(node: FieldNode, fragments: Record<string, FragmentDefinitionNode>): FieldSelection {
  const hit = cache.get(node);
  if (hit) return hit;
  const list: string[] = [];
  collect(node.selectionSet, '', fragments, list, new Set());
  const selection = { list, graphql: node.selectionSet ? print(node.selectionSet) : '' };
  cache.set(node, selection);
  return selection;
}
