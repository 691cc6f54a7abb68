// util.matches(pattern, value): java String.matches semantics, i.e. the whole value must match.

import { javaPatternToWholeMatchRegExp } from './java-regex.ts';

/** False when either argument is null/undefined; throws on an invalid pattern (java: PatternSyntaxException). */
export function matches(pattern: string, value: string): boolean {
  if (pattern === null || pattern === undefined || value === null || value === undefined) return false;
  return javaPatternToWholeMatchRegExp(String(pattern)).test(String(value));
}
