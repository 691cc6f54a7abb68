// Lambda event filtering (Lambda developer guide, "Event filtering"): a record is delivered when it
// matches any of the mapping's patterns. Emulated: nested keys and lists of exact values, the only
// rule our stack uses; anything else (prefix, numeric, exists, anything-but …) is refused loudly.

export type RecordFilter = (record: unknown) => boolean;

type Pattern = { [key: string]: Pattern | Array<string | number | boolean | null> };

function check(pattern: unknown, path: string): string | undefined {
  if (!pattern || typeof pattern !== 'object' || Array.isArray(pattern)) return `${path}: a pattern is an object`;
  for (const [key, rule] of Object.entries(pattern)) {
    if (Array.isArray(rule)) {
      const odd = rule.find((v) => v !== null && typeof v === 'object');
      if (odd) return `${path}.${key}: filter rule ${JSON.stringify(odd)} is not emulated (only exact values)`;
    } else {
      const problem = check(rule, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

function matches(pattern: Pattern, value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  return Object.entries(pattern).every(([key, rule]) => {
    const field = (value as Record<string, unknown>)[key];
    return Array.isArray(rule) ? rule.includes(field as string) : matches(rule, field);
  });
}

/** No patterns: every record. Otherwise a record matching any one of them. */
export function compileFilters(patterns: string[]): RecordFilter | string {
  const parsed: Pattern[] = [];
  for (const [i, source] of patterns.entries()) {
    let pattern: unknown;
    try {
      pattern = JSON.parse(source);
    } catch {
      return `filter ${i + 1} is not JSON: ${source}`;
    }
    const problem = check(pattern, `filter ${i + 1}`);
    if (problem) return problem;
    parsed.push(pattern as Pattern);
  }
  if (parsed.length === 0) return () => true;
  return (record) => parsed.some((p) => matches(p, record));
}
