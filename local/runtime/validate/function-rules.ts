// Functions are not values in APPSYNC_JS: they may be passed only to the allow-listed array
// methods, never returned, never re-assigned (@aws-appsync/eslint-plugin recommended rules).
import { isFunctionValue } from './function-bindings.ts';
import type { Report } from './report.ts';
import type { AnyNode } from './ast.ts';

const CALLBACK_METHODS = new Set([
  'map',
  'find',
  'filter',
  'findIndex',
  'findLast',
  'findLastIndex',
  'forEach',
  'reduce',
  'reduceRight',
  'every',
  'some',
  'flatMap',
]);

function acceptsCallbacks(callee: AnyNode): boolean {
  return callee.type === 'MemberExpression' && !callee.computed && CALLBACK_METHODS.has(callee.property.name);
}

export function checkFunctionValues(node: AnyNode, functionNames: ReadonlySet<string>, report: Report): void {
  switch (node.type) {
    case 'CallExpression':
    case 'NewExpression': {
      const passesFunction = node.arguments.some((arg: AnyNode) =>
        isFunctionValue(arg.type === 'SpreadElement' ? arg.argument : arg, functionNames),
      );
      if (passesFunction && !acceptsCallbacks(node.callee)) report(node, 'Functions can not be passed as an argument');
      break;
    }
    case 'ReturnStatement':
      if (isFunctionValue(node.argument, functionNames)) report(node, 'returning a function is not allowed');
      break;
    case 'ArrowFunctionExpression':
      if (node.expression && isFunctionValue(node.body, functionNames)) {
        report(node.body, 'returning a function is not allowed');
      }
      break;
    case 'VariableDeclarator':
      if (node.init?.type === 'Identifier' && functionNames.has(node.init.name)) {
        report(node, 're-assigning function is not allowed');
      }
      break;
    case 'AssignmentExpression':
      if (isFunctionValue(node.right, functionNames)) report(node, 're-assigning function is not allowed');
      break;
  }
}
