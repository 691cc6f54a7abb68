// In `request` and `response`, the ctx parameter and its first-level properties are read-only
// (@aws-appsync/eslint-plugin no-disallowed-re-assignment): `ctx.stash.x = 1` is fine,
// `ctx.stash = {}` is not.
import { simple } from 'acorn-walk';
import type { NamedFunction } from './function-bindings.ts';
import type { Report } from './report.ts';
import type { AnyNode } from './ast.ts';

const HANDLER_NAMES = new Set(['request', 'response']);

function checkTarget(target: AnyNode, ctxName: string, report: Report, at: AnyNode): void {
  if (target.type === 'Identifier' && target.name === ctxName) {
    report(at, `${ctxName} is readonly and re-assignment is not supported.`);
    return;
  }
  if (target.type === 'MemberExpression' && target.object.type === 'Identifier' && target.object.name === ctxName) {
    if (!target.computed && target.property.type === 'Identifier') {
      report(at, `${ctxName} is readonly. Adding/Updating ${target.property.name} is not supported.`);
    } else {
      report(at, `${ctxName} is readonly adding/modifying properties is not supported.`);
    }
  }
}

export function checkHandlerContext(functions: readonly NamedFunction[], report: Report): void {
  for (const fn of functions) {
    if (!HANDLER_NAMES.has(fn.name)) continue;
    const param = fn.node.params?.[0];
    if (!param || param.type !== 'Identifier') continue;
    const ctxName: string = param.name;
    simple(fn.node.body, {
      AssignmentExpression(node) {
        checkTarget((node as AnyNode).left, ctxName, report, node as AnyNode);
      },
      UpdateExpression(node) {
        checkTarget((node as AnyNode).argument, ctxName, report, node as AnyNode);
      },
      UnaryExpression(node) {
        const n = node as AnyNode;
        if (n.operator === 'delete') checkTarget(n.argument, ctxName, report, n);
      },
    });
  }
}
