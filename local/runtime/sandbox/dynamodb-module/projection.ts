// `projection` lists (['id', 'author.name', 'tags[0]']) → {expression, expressionNames}.
//
// UNVERIFIED against AWS:
// - Each path segment gets a name placeholder `#expName_<n>` (numbered from 1 per projection, one
//   per distinct attribute name); list indexes stay literal: 'nested.object[1]' →
//   "#expName_1.#expName_2[1]". Paths are joined with ", ".
// - An empty list or null/undefined leaves the projection out; a path that is not a non-empty
//   string of dot-separated names (each optionally followed by [n] indexes) throws an Error.

import type { DynamoDBExpression } from '../util/transform/expression-builder.ts';

export type ProjectionExpression = Omit<DynamoDBExpression, 'expressionValues'>;

const SEGMENT = /^([^.[\]]+)((?:\[\d+\])*)$/;

export function toProjection(paths: unknown, where: string): ProjectionExpression | undefined {
  if (paths === undefined || paths === null) return undefined;
  if (!Array.isArray(paths)) throw new Error(`${where}: projection must be a list of attribute paths`);
  if (paths.length === 0) return undefined;
  const expressionNames: Record<string, string> = {};
  const placeholders = new Map<string, string>();
  const placeholderOf = (name: string): string => {
    let placeholder = placeholders.get(name);
    if (placeholder === undefined) {
      placeholder = `#expName_${placeholders.size + 1}`;
      placeholders.set(name, placeholder);
      expressionNames[placeholder] = name;
    }
    return placeholder;
  };
  const rendered = paths.map((path) => {
    if (typeof path !== 'string' || path === '')
      throw new Error(`${where}: projection paths must be non-empty strings`);
    return path
      .split('.')
      .map((segment) => {
        const match = SEGMENT.exec(segment);
        if (match === null) throw new Error(`${where}: "${path}" is not a valid projection path`);
        return `${placeholderOf(match[1] as string)}${match[2] ?? ''}`;
      })
      .join('.');
  });
  return { expression: rendered.join(', '), expressionNames };
}
