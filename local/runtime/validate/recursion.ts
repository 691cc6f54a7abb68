// Recursion is refused (directly or through other functions). Calls are attributed to the nearest
// enclosing *named* function; inline callbacks belong to the function that contains them.
import type { NamedFunction } from './function-bindings.ts';
import type { Report } from './report.ts';
import type { AnyNode } from './ast.ts';

interface CallSite {
  callee: string;
  node: AnyNode;
}

function callsIn(fn: NamedFunction, named: ReadonlySet<AnyNode>, functionNames: ReadonlySet<string>): CallSite[] {
  const calls: CallSite[] = [];
  const visit = (node: AnyNode): void => {
    if (node !== fn.node && named.has(node)) return; // a nested named function is analysed on its own
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && functionNames.has(node.callee.name)) {
      calls.push({ callee: node.callee.name, node });
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === 'string') visit(c);
      } else if (child && typeof child === 'object' && typeof child.type === 'string') {
        visit(child);
      }
    }
  };
  visit(fn.node);
  return calls;
}

export function checkRecursion(functions: readonly NamedFunction[], report: Report): void {
  const functionNames = new Set(functions.map((f) => f.name));
  const namedNodes = new Set(functions.map((f) => f.node));
  const graph = new Map<string, CallSite[]>();
  for (const fn of functions)
    graph.set(fn.name, [...(graph.get(fn.name) ?? []), ...callsIn(fn, namedNodes, functionNames)]);

  const done = new Set<string>();
  const walk = (name: string, path: string[]): void => {
    if (done.has(name)) return;
    for (const call of graph.get(name) ?? []) {
      const at = path.indexOf(call.callee);
      if (at >= 0) {
        const cycle = [...path.slice(at), call.callee].join(' -> ');
        report(call.node, `Recursive function calls not supported. Detected cycle in ${cycle}`);
      } else {
        walk(call.callee, [...path, call.callee]);
      }
    }
    done.add(name);
  };
  for (const name of graph.keys()) walk(name, [name]);
}
