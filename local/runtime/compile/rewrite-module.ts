// Turns one ES module into a factory function source that the realm can evaluate repeatedly:
// imports become bindings to the runtime's modules, `export` keywords are blanked (same length, so
// every line and column stays where the author wrote it), and the factory returns the handlers.
import type { Program } from 'acorn';
import type { AnyNode } from '../validate/ast.ts';

/** Globals the runtime does not offer, shadowed so resolver code cannot reach them. */
export const HIDDEN_GLOBALS = [
  'globalThis',
  'RegExp',
  'Promise',
  'Proxy',
  'Reflect',
  'WebAssembly',
  'SharedArrayBuffer',
  'Atomics',
  'WeakRef',
  'FinalizationRegistry',
  'Intl',
  // Binary buffers live outside the JS heap, where the memory limit cannot see them.
  'ArrayBuffer',
  'DataView',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;

/** Parameters of the factory, in order: the runtime object, then what resolver code sees as globals. */
export const FACTORY_PARAMS = ['__appsync', 'util', 'runtime', 'extensions', 'console', ...HIDDEN_GLOBALS] as const;

export interface RewrittenModule {
  source: string;
  /** exported name → local name */
  exports: Record<string, string>;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function importBinding(node: AnyNode): string {
  const source = JSON.stringify(node.source.value);
  const parts: string[] = [];
  for (const spec of node.specifiers as AnyNode[]) {
    if (spec.type === 'ImportNamespaceSpecifier')
      parts.push(`const ${spec.local.name} = __appsync.modules[${source}];`);
    if (spec.type === 'ImportSpecifier') {
      const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
      parts.push(`const ${spec.local.name} = __appsync.modules[${source}][${JSON.stringify(imported)}];`);
    }
  }
  return parts.join(' ');
}

function declaredNames(declaration: AnyNode): string[] {
  if (declaration.type === 'FunctionDeclaration' && declaration.id) return [declaration.id.name];
  if (declaration.type === 'VariableDeclaration') {
    return (declaration.declarations as AnyNode[]).filter((d) => d.id.type === 'Identifier').map((d) => d.id.name);
  }
  return [];
}

export function rewriteModule(code: string, program: Program): RewrittenModule {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const bindings: string[] = [];
  const exports: Record<string, string> = {};

  for (const statement of program.body as AnyNode[]) {
    if (statement.type === 'ImportDeclaration') {
      bindings.push(importBinding(statement));
      edits.push({
        start: statement.start,
        end: statement.end,
        text: blank(code.slice(statement.start, statement.end)),
      });
    } else if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration) {
        for (const name of declaredNames(statement.declaration)) exports[name] = name;
        edits.push({
          start: statement.start,
          end: statement.declaration.start,
          text: blank(code.slice(statement.start, statement.declaration.start)),
        });
      } else {
        for (const spec of statement.specifiers as AnyNode[]) {
          const exported = spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value;
          exports[exported] = spec.local.name;
        }
        edits.push({
          start: statement.start,
          end: statement.end,
          text: blank(code.slice(statement.start, statement.end)),
        });
      }
    }
  }

  let body = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    body += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  body += code.slice(at);

  const handlers = Object.entries(exports)
    .map(([exported, local]) => `${JSON.stringify(exported)}: ${local}`)
    .join(', ');
  // Line 0 holds the wrapper and the import bindings; the script is compiled with lineOffset -1.
  const source =
    `(function (${FACTORY_PARAMS.join(', ')}) { return (function () { 'use strict'; ${bindings.join(' ')}\n` +
    `${body}\n;return { ${handlers} }; })(); })`;
  return { source, exports };
}
