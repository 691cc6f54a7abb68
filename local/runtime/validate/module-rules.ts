// What a resolver module may import and export: the runtime provides only @aws-appsync/utils and
// its dynamodb module; everything else must be bundled in.
import type { Report } from './report.ts';
import type { AnyNode } from './ast.ts';

export const PROVIDED_MODULES = ['@aws-appsync/utils', '@aws-appsync/utils/dynamodb'] as const;

export function checkModuleSyntax(node: AnyNode, report: Report): void {
  switch (node.type) {
    case 'ImportDeclaration': {
      const source = node.source.value as string;
      if (!(PROVIDED_MODULES as readonly string[]).includes(source)) {
        report(
          node,
          `Module '${source}' is not provided by the APPSYNC_JS runtime; ` +
            `bundle it into the code (provided: ${PROVIDED_MODULES.join(', ')}).`,
        );
      }
      for (const spec of node.specifiers as AnyNode[]) {
        if (spec.type === 'ImportDefaultSpecifier')
          report(spec, `'${source}' has no default export; use a named or namespace import.`);
      }
      break;
    }
    case 'ExportDefaultDeclaration':
      report(node, 'Default exports are not used by AppSync; export named `request` and `response` functions.');
      break;
    case 'ExportAllDeclaration':
      report(node, 'Re-exporting modules is not supported; bundle the code.');
      break;
    case 'ExportNamedDeclaration':
      if (node.source) report(node, 'Re-exporting modules is not supported; bundle the code.');
      break;
  }
}
