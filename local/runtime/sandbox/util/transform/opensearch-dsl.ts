// util.transform.toElasticsearchQueryDSL(obj) → OpenSearch Query DSL as a JSON string.
// AWS documents one example (eq → term, ne → bool.must_not.term, range → range {gte, lte},
// wildcard; several operators of a field and several fields are AND-ed with bool.must, a single
// clause is not wrapped). Everything else follows the same pattern.
//
// UNVERIFIED against AWS:
// - match / matchPhrase / matchPhrasePrefix / multiMatch / wildcard / regexp render
//   {"<match|match_phrase|match_phrase_prefix|multi_match|wildcard|regexp>": {"<field>": value}}.
// - gt / gte / lt / lte render {"range": {"<field>": {"<op>": value}}}.
// - exists: true → {"exists": {"field": f}}; false → {"bool": {"must_not": {"exists": {"field": f}}}};
//   a non-boolean cannot be rendered.
// - and: [..] → {"bool": {"must": [..]}}; or: [..] → {"bool": {"should": [..], "minimum_should_match": 1}};
//   not: {..} → {"bool": {"must_not": ..}}; and/or must be lists, not an object.
// - range must be a list of at least two bounds.
// - An empty object renders {"bool": {"must": []}} (matches every document).
// - Anything that cannot be rendered (not an object, unknown operator, wrong operand) answers null,
//   as the DynamoDB transforms do on AWS. An operator whose value is undefined is skipped.

import { isPlainObject } from '../dynamodb.ts';

type Clause = Record<string, unknown>;

class Unrenderable extends Error {}

const SINGLE_VALUE: Record<string, string> = {
  eq: 'term',
  match: 'match',
  matchPhrase: 'match_phrase',
  matchPhrasePrefix: 'match_phrase_prefix',
  multiMatch: 'multi_match',
  wildcard: 'wildcard',
  regexp: 'regexp',
};

const RANGE_OPERATORS = new Set(['gt', 'gte', 'lt', 'lte']);

function all(clauses: Clause[]): Clause {
  return clauses.length === 1 ? (clauses[0] as Clause) : { bool: { must: clauses } };
}

function single(kind: string, field: string, value: unknown): Clause {
  return { [kind]: { [field]: value } };
}

function exists(field: string, value: unknown): Clause {
  if (typeof value !== 'boolean') throw new Unrenderable();
  const clause = { exists: { field } };
  return value ? clause : { bool: { must_not: clause } };
}

function range(field: string, bounds: unknown): Clause {
  if (!Array.isArray(bounds) || bounds.length < 2) throw new Unrenderable();
  return { range: { [field]: { gte: bounds[0], lte: bounds[1] } } };
}

function operatorClause(field: string, operator: string, value: unknown): Clause {
  const kind = Object.hasOwn(SINGLE_VALUE, operator) ? SINGLE_VALUE[operator] : undefined;
  if (kind !== undefined) return single(kind, field, value);
  if (RANGE_OPERATORS.has(operator)) return { range: { [field]: { [operator]: value } } };
  switch (operator) {
    case 'ne':
      return { bool: { must_not: single('term', field, value) } };
    case 'range':
      return range(field, value);
    case 'exists':
      return exists(field, value);
    default:
      throw new Unrenderable();
  }
}

function fieldClause(field: string, operators: unknown): Clause {
  if (!isPlainObject(operators)) throw new Unrenderable();
  const clauses: Clause[] = [];
  for (const [operator, value] of Object.entries(operators)) {
    if (value !== undefined) clauses.push(operatorClause(field, operator, value));
  }
  return all(clauses);
}

function members(list: unknown): Clause[] {
  if (!Array.isArray(list)) throw new Unrenderable();
  return list.map((member) => all(objectClauses(member)));
}

function objectClauses(filter: unknown): Clause[] {
  if (!isPlainObject(filter)) throw new Unrenderable();
  const clauses: Clause[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'and') clauses.push({ bool: { must: members(value) } });
    else if (key === 'or') clauses.push({ bool: { should: members(value), minimum_should_match: 1 } });
    else if (key === 'not') clauses.push({ bool: { must_not: all(objectClauses(value)) } });
    else clauses.push(fieldClause(key, value));
  }
  return clauses;
}

export function toElasticsearchQueryDSL(filter?: unknown): string | null {
  try {
    return JSON.stringify(all(objectClauses(filter)));
  } catch (error) {
    if (error instanceof Unrenderable) return null;
    throw error;
  }
}
