// Which identifiers name functions. APPSYNC_JS forbids treating functions as values (passing,
// returning, re-assigning), and the rules below need to know which names are functions. Scopes are
// approximated by name, as bundled resolver code rarely shadows its own helpers.
import { fullAncestor } from 'acorn-walk';
import type { Program } from 'acorn';
import { isFunctionNode } from './syntax-rules.ts';
import type { AnyNode } from './ast.ts';

export interface NamedFunction {
  name: string;
  node: AnyNode;
}

export function collectNamedFunctions(program: Program): NamedFunction[] {
  const found: NamedFunction[] = [];
  fullAncestor(program, (raw) => {
    const node = raw as AnyNode;
    if (node.type === 'FunctionDeclaration' && node.id) found.push({ name: node.id.name, node });
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && isFunctionNode(node.init)) {
      found.push({ name: node.id.name, node: node.init });
    }
  });
  return found;
}

/** A function value: an inline function or the name of one. */
export function isFunctionValue(node: AnyNode | null | undefined, functionNames: ReadonlySet<string>): boolean {
  if (!node) return false;
  if (isFunctionNode(node)) return true;
  return node.type === 'Identifier' && functionNames.has(node.name);
}
