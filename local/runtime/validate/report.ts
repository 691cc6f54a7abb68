import type { Node } from 'acorn';
import type { CodeError } from '../code-error.ts';

export type Report = (node: Node, message: string) => void;

/** Collects LINT_ERROR entries located at a node (1-based line and column, span = node length). */
export function createReporter(): { report: Report; errors: CodeError[] } {
  const errors: CodeError[] = [];
  const seen = new Set<string>();
  const report: Report = (node, message) => {
    const key = `${node.start}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const start = node.loc?.start ?? { line: 1, column: 0 };
    errors.push({
      errorType: 'LINT_ERROR',
      value: message,
      location: { line: start.line, column: start.column + 1, span: node.end - node.start },
    });
  };
  return { report, errors };
}
