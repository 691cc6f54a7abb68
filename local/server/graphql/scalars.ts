// AppSync's built-in scalars with AppSync's rules
// (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html). AWSJSON arrives in resolvers
// parsed and leaves serialized.
import { isIP } from 'node:net';
import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type GraphQLScalarType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

const OFFSET = '(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)';
const DATE = '-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?';

const PATTERNS = {
  AWSDate: new RegExp(`^${DATE}${OFFSET}?$`),
  AWSTime: new RegExp(`^${TIME}${OFFSET}?$`),
  AWSDateTime: new RegExp(`^${DATE}T${TIME}${OFFSET}$`),
  AWSEmail: /^[^\s@]+@[^\s@]+$/,
  AWSPhone: /^\+?[\d\s().-]{3,32}$/,
};

function checkString(name: string, value: unknown, valid: (s: string) => boolean): string {
  if (typeof value !== 'string' || !valid(value))
    throw new TypeError(`Value is not a valid '${name}': ${JSON.stringify(value)}`);
  return value;
}

function isUrl(value: string): boolean {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(value);
  if (!scheme) return false;
  const rest = value.slice(scheme[0].length);
  const path = rest.startsWith('//') ? rest.slice(2).replace(/^[^/?#]*/, '') : rest;
  return !path.split(/[?#]/)[0]?.includes('//');
}

function isIpAddress(value: string): boolean {
  const [address, prefix, ...extra] = value.split('/');
  if (extra.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

const STRING_RULES: Record<string, (s: string) => boolean> = {
  AWSDate: (s) => PATTERNS.AWSDate.test(s),
  AWSTime: (s) => PATTERNS.AWSTime.test(s),
  AWSDateTime: (s) => PATTERNS.AWSDateTime.test(s),
  AWSEmail: (s) => PATTERNS.AWSEmail.test(s),
  AWSPhone: (s) => PATTERNS.AWSPhone.test(s) && /\d{3,}/.test(s.replace(/\D/g, '')),
  AWSURL: isUrl,
  AWSIPAddress: isIpAddress,
};

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') throw new TypeError(`Value is not a valid 'AWSJSON': expected a string holding JSON`);
  try {
    return JSON.parse(value);
  } catch {
    throw new TypeError(`Value is not a valid 'AWSJSON': ${JSON.stringify(value)} is not JSON`);
  }
}

function timestamp(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw new TypeError(`Value is not a valid 'AWSTimestamp': ${JSON.stringify(value)}`);
  return value;
}

function literal(name: string, node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  if (name === 'AWSTimestamp' && node.kind !== Kind.INT)
    throw new GraphQLError(`Value is not a valid 'AWSTimestamp'`, { nodes: node });
  if (name !== 'AWSTimestamp' && node.kind !== Kind.STRING)
    throw new GraphQLError(`Value is not a valid '${name}': expected a string`, { nodes: node });
  return valueFromASTUntyped(node, variables);
}

/** Gives the schema's AWS* scalars AppSync's parsing, validation and serialization. */
export function installAppSyncScalars(schema: GraphQLSchema): void {
  for (const name of [...Object.keys(STRING_RULES), 'AWSJSON', 'AWSTimestamp']) {
    const type = schema.getType(name) as GraphQLScalarType | undefined;
    if (!type) continue;
    const parse = (value: unknown): unknown => {
      if (name === 'AWSJSON') return parseJson(value);
      if (name === 'AWSTimestamp') return timestamp(value);
      return checkString(name, value, STRING_RULES[name] as (s: string) => boolean);
    };
    type.parseValue = parse;
    type.parseLiteral = (node, variables) => parse(literal(name, node, variables));
    type.serialize = (value: unknown) => {
      if (name === 'AWSJSON') return typeof value === 'string' ? value : JSON.stringify(value);
      if (name === 'AWSTimestamp') return timestamp(value);
      return checkString(name, value, STRING_RULES[name] as (s: string) => boolean);
    };
  }
}
