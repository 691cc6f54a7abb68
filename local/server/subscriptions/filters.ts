// AppSync's enhanced subscription filters: groups are OR-ed, the filters inside a group AND-ed;
// `fieldName` addresses the published object with dot notation
// (https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html).
// The filter's type is the one resolvers build it with (util.transform.toSubscriptionFilter).
import type { SubscriptionFilter } from '../../runtime/index.ts';

function read(payload: unknown, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

function compare(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

const TESTS: Record<string, (field: unknown, value: unknown) => boolean> = {
  eq: (f, v) => same(f, v),
  ne: (f, v) => !same(f, v),
  lt: (f, v) => (compare(f, v) ?? 0) < 0 && compare(f, v) !== undefined,
  le: (f, v) => compare(f, v) !== undefined && (compare(f, v) as number) <= 0,
  gt: (f, v) => compare(f, v) !== undefined && (compare(f, v) as number) > 0,
  ge: (f, v) => compare(f, v) !== undefined && (compare(f, v) as number) >= 0,
  contains: (f, v) =>
    typeof f === 'string' && typeof v === 'string' ? f.includes(v) : Array.isArray(f) && f.some((x) => same(x, v)),
  notContains: (f, v) => !TESTS.contains!(f, v),
  beginsWith: (f, v) => typeof f === 'string' && typeof v === 'string' && f.startsWith(v),
  in: (f, v) => Array.isArray(v) && v.some((x) => same(x, f)),
  notIn: (f, v) => Array.isArray(v) && !v.some((x) => same(x, f)),
  between: (f, v) => Array.isArray(v) && v.length === 2 && TESTS.ge!(f, v[0]) && TESTS.le!(f, v[1]),
  containsAny: (f, v) => Array.isArray(f) && Array.isArray(v) && v.some((x) => f.some((y) => same(x, y))),
};

/** An unknown operator matches nothing, silently, as on AppSync. */
export function matchesFilter(filter: SubscriptionFilter | undefined, payload: unknown): boolean {
  if (!filter || !Array.isArray(filter.filterGroup) || filter.filterGroup.length === 0) return true;
  return filter.filterGroup.some((group) =>
    (group.filters ?? []).every((condition) => {
      const test = TESTS[condition.operator];
      return test ? test(read(payload, condition.fieldName), condition.value) : false;
    }),
  );
}

/** Basic argument filtering: each non-null subscription argument equals the payload's top-level field. */
export function matchesArguments(args: Record<string, unknown>, payload: unknown): boolean {
  return Object.entries(args).every(
    ([name, value]) =>
      value === null || value === undefined || same((payload as Record<string, unknown> | null)?.[name], value),
  );
}
