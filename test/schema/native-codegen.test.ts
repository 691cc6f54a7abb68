// What native teams get (docs/mobile.md): API.swift from AWS's generator for every operation the web and
// mobile apps use, and a schema file Apollo Kotlin / Apollo iOS can load — every AppSync scalar and
// directive declared, valid for graphql-js, the same types as the deployed schema.
import { readFileSync, readdirSync } from 'node:fs';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchemaSDL } from '../../schema/load-schema.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const operations = readdirSync(new URL('clients/operations/', ROOT))
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(read(`clients/operations/${file}`)).definitions)
  .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');

describe('the schema file for Apollo Kotlin and Apollo iOS', () => {
  const sdl = read('clients/native/schema.graphqls');

  it('is a complete, valid schema on its own: AppSync scalars and directives declared', () => {
    const schema = buildSchema(sdl);
    for (const scalar of ['AWSDateTime', 'AWSJSON', 'AWSURL', 'AWSEmail', 'AWSTimestamp'])
      expect(schema.getType(scalar), scalar).toBeDefined();
    for (const directive of ['aws_api_key', 'aws_cognito_user_pools', 'aws_iam', 'aws_subscribe'])
      expect(schema.getDirective(directive), directive).toBeDefined();
  });

  it('has exactly the deployed schema’s types and fields', () => {
    const served = buildSchema(`${read('contracts/appsync-prelude.graphql')}\n${loadSchemaSDL()}`);
    const native = buildSchema(sdl);
    const fieldsOf = (schema: typeof served) =>
      Object.values(schema.getTypeMap())
        .filter((type) => !type.name.startsWith('__') && 'getFields' in type)
        .map(
          (type) =>
            `${type.name}{${Object.keys((type as any).getFields())
              .sort()
              .join(',')}}`,
        )
        .sort();
    expect(fieldsOf(native)).toEqual(fieldsOf(served));
  });

  it('validates every client operation (fragments are shared between files, so all together)', () => {
    const files = readdirSync(new URL('clients/operations/', ROOT)).filter((f) => f.endsWith('.graphql'));
    const all = parse(files.map((file) => read(`clients/operations/${file}`)).join('\n'));
    expect(validate(buildSchema(sdl), all).map((error) => error.message)).toEqual([]);
  });
});

describe('API.swift', () => {
  const swift = read('clients/native/ios/API.swift');

  it('has a Swift class for every operation in clients/operations', () => {
    expect(operations.length).toBeGreaterThan(10);
    const kinds = { query: 'GraphQLQuery', mutation: 'GraphQLMutation', subscription: 'GraphQLSubscription' };
    for (const op of operations) {
      const name = op.name!.value;
      const suffix = op.operation === 'query' ? 'Query' : op.operation === 'mutation' ? 'Mutation' : 'Subscription';
      const className = name.endsWith(suffix) ? name : `${name}${suffix}`;
      expect(swift, name).toContain(`public final class ${className}: ${kinds[op.operation]}`);
    }
  });

  it('is Amplify Swift code (AWSAPIPlugin), with the operation documents inside', () => {
    expect(swift).toContain('#if canImport(AWSAPIPlugin)');
    expect(swift).toContain('public static let operationString');
  });
});
