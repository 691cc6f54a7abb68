// util.transform.toSubscriptionFilter(obj, ignoredFields?, rules?) → {filterGroup: [{filters: [...]}]}
// (an object, not a JSON string). Observed on AWS (localstack/appsync-utils
// __tests__/transform-subscription.test.js): groups are OR-ed, the filters of a group AND-ed, and
// every alternative multiplies the groups out — each operator of a field, each member of an `or`,
// each rule. Earlier keys vary slowest. Operators and values are carried through unchecked (an
// unknown operator stays as written); `not` is an ordinary field name here. ignoredFields drops
// fields at any depth. Groups left empty are dropped; `{}` answers {filterGroup: []}. Anything but
// a plain object answers null.
//
// UNVERIFIED against AWS:
// - a field with no operator (or a non-object value) is an alternative of nothing, so it empties
//   every group it is combined with (`{a: {eq: 1}, b: {}}` → {filterGroup: []}).
// - `and` / `or` given a single object treat it as a one-member list; given anything else
//   (null, a string) they are ignored. A value of undefined is skipped.
// - ignoredFields does not apply to `and` / `or` or to the rules; rules with no operator add nothing.

import { isPlainObject } from '../dynamodb.ts';

export interface SubscriptionFilterEntry {
  fieldName: string;
  operator: string;
  value: unknown;
}

export interface SubscriptionFilter {
  filterGroup: Array<{ filters: SubscriptionFilterEntry[] }>;
}

/** A list of alternatives; each alternative is a list of filters that must all hold. */
type Alternatives = SubscriptionFilterEntry[][];

function product(left: Alternatives, right: Alternatives): Alternatives {
  const out: Alternatives = [];
  for (const group of left) {
    for (const alternative of right) out.push(group.concat(alternative));
  }
  return out;
}

function fieldAlternatives(fieldName: string, operators: unknown): Alternatives {
  if (!isPlainObject(operators)) return [];
  return Object.entries(operators)
    .filter(([, value]) => value !== undefined)
    .map(([operator, value]) => [{ fieldName, operator, value }]);
}

function memberList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return isPlainObject(value) ? [value] : [];
}

class Expander {
  constructor(private readonly ignored: ReadonlySet<string>) {}

  object(filter: unknown): Alternatives {
    if (!isPlainObject(filter)) return [[]];
    let groups: Alternatives = [[]];
    for (const [key, value] of Object.entries(filter)) {
      const factor = this.entry(key, value);
      if (factor !== null) groups = product(groups, factor);
    }
    return groups;
  }

  private entry(key: string, value: unknown): Alternatives | null {
    if (value === undefined) return null;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value) && !isPlainObject(value)) return null;
      const members = memberList(value).map((member) => this.object(member));
      return key === 'and' ? members.reduce(product, [[]]) : members.flat();
    }
    return this.ignored.has(key) ? null : fieldAlternatives(key, value);
  }
}

function ruleAlternatives(rules: unknown): Alternatives {
  if (!isPlainObject(rules)) return [];
  return Object.entries(rules).flatMap(([fieldName, operators]) => fieldAlternatives(fieldName, operators));
}

export function toSubscriptionFilter(
  filter?: unknown,
  ignoredFields?: unknown,
  rules?: unknown,
): SubscriptionFilter | null {
  if (!isPlainObject(filter)) return null;
  const ignored = new Set(Array.isArray(ignoredFields) ? ignoredFields.filter((f) => typeof f === 'string') : []);
  let groups = new Expander(ignored).object(filter);
  const ruleGroups = ruleAlternatives(rules);
  if (ruleGroups.length > 0) groups = product(groups, ruleGroups);
  return { filterGroup: groups.filter((filters) => filters.length > 0).map((filters) => ({ filters })) };
}
