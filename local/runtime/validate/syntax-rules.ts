// Statement, operator and literal rules: the constructs AppSync's runtime refuses, with the messages
// @aws-appsync/eslint-plugin uses where it has a rule, and our own where it has none (throw).
import type { Node } from 'acorn';
import type { Report } from './report.ts';
import type { AnyNode } from './ast.ts';

const STATEMENT_MESSAGES: Record<string, string> = {
  TryStatement: 'Try statements are not supported.',
  ThrowStatement: 'Throw statements are not supported. Use util.error() to stop with an error.',
  WhileStatement: 'While statements are not supported.',
  DoWhileStatement: 'do...while statements are not supported.',
  ForStatement: 'For statements are not supported.',
  ContinueStatement: 'Continue statements are not supported',
  LabeledStatement: 'Labeled statements are not supported.',
  ClassDeclaration: 'Class declarations are not supported.',
  ClassExpression: 'Class declarations are not supported.',
  ThisExpression: 'This expressions are not supported.',
  AwaitExpression: 'The `await` keyword is not supported',
  YieldExpression: 'Yield statements are not supported',
  ImportExpression: 'Dynamic import is not supported.',
  WithStatement: 'With statements are not supported.',
  Super: 'Super expressions are not supported.',
};

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export function isFunctionNode(node: Node | null | undefined): boolean {
  return !!node && FUNCTION_TYPES.has(node.type);
}

export function checkSyntax(node: AnyNode, parent: AnyNode | undefined, report: Report): void {
  const message = STATEMENT_MESSAGES[node.type];
  if (message) report(node, message);

  if (isFunctionNode(node)) {
    // A method's function node starts at its parameters; point at the method itself.
    const at =
      parent && (parent.type === 'Property' || parent.type === 'MethodDefinition') && parent.value === node
        ? parent
        : node;
    if (node.async) report(at, 'Async functions are not supported.');
    if (node.generator) report(at, 'Generator functions are not supported.');
  }
  switch (node.type) {
    case 'ForOfStatement':
      if (node.await) report(node, 'The `await` keyword is not supported');
      break;
    case 'UnaryExpression':
      if (node.operator === '~') report(node, 'The operator ~ is not supported');
      break;
    case 'UpdateExpression':
      report(node, `The operator ${node.operator} is not supported`);
      break;
    case 'BinaryExpression':
      if (node.operator === 'in') report(node, 'in operator is not supported. Use Object.hasOwn().');
      if (node.operator === 'instanceof') report(node, 'The operator instanceof is not supported');
      break;
    case 'Literal':
      if (node.regex) report(node, 'Regex literals are not supported.');
      break;
    case 'MetaProperty':
      if (node.meta?.name === 'import') report(node, 'import.meta is not supported.');
      break;
    case 'NewExpression':
      if (node.callee.type === 'Identifier' && node.callee.name === 'Promise') report(node, 'Promise is not supported');
      if (node.callee.type === 'Identifier' && node.callee.name === 'Function')
        report(node, 'The Function constructor is not supported.');
      break;
    case 'MemberExpression':
      if (node.object.type === 'Identifier' && node.object.name === 'Promise') report(node, 'Promise is not supported');
      break;
    case 'CallExpression':
      if (node.callee.type === 'Identifier' && node.callee.name === 'eval') report(node, 'eval is not supported.');
      if (node.callee.type === 'Identifier' && node.callee.name === 'Function')
        report(node, 'The Function constructor is not supported.');
      break;
  }
}
