// (a) The schema builds with AppSync's prelude, validates, and respects what AppSync itself demands
// of an uploaded schema (no redeclared AWS scalars/directives, no custom scalars, sound
// subscription wiring).
import { describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, isScalarType, parse, validateSchema, Kind, type GraphQLSchema } from 'graphql';
import { buildAppSyncSchema, loadAppSyncPreludeSDL, loadSchemaSDL } from '../../schema/load-schema.ts';

const GRAPHQL_SCALARS = ['ID', 'String', 'Int', 'Float', 'Boolean'];
const AWS_SCALARS = [
  'AWSDate',
  'AWSTime',
  'AWSDateTime',
  'AWSTimestamp',
  'AWSEmail',
  'AWSJSON',
  'AWSURL',
  'AWSPhone',
  'AWSIPAddress',
];
const AWS_DIRECTIVES = [
  'aws_api_key',
  'aws_iam',
  'aws_oidc',
  'aws_lambda',
  'aws_cognito_user_pools',
  'aws_auth',
  'aws_subscribe',
];

describe('schema build', () => {
  const schema: GraphQLSchema = buildAppSyncSchema();

  it('builds with the AppSync prelude and passes graphql-js validation', () => {
    expect(validateSchema(schema).map((e) => e.message)).toEqual([]);
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getMutationType()?.name).toBe('Mutation');
    expect(schema.getSubscriptionType()?.name).toBe('Subscription');
  });

  it('the prelude declares exactly the AppSync scalars and directives', () => {
    const prelude = parse(loadAppSyncPreludeSDL());
    const scalars = prelude.definitions.flatMap((d) => (d.kind === Kind.SCALAR_TYPE_DEFINITION ? [d.name.value] : []));
    const directives = prelude.definitions.flatMap((d) => (d.kind === Kind.DIRECTIVE_DEFINITION ? [d.name.value] : []));
    expect(scalars.sort()).toEqual([...AWS_SCALARS].sort());
    expect(directives.sort()).toEqual([...AWS_DIRECTIVES].sort());
    expect(prelude.definitions.length).toBe(AWS_SCALARS.length + AWS_DIRECTIVES.length);
  });

  it('the deployed SDL declares no AWS scalar or directive (AppSync provides them and rejects redeclarations)', () => {
    const doc = parse(loadSchemaSDL());
    const offending = doc.definitions.flatMap((d) =>
      d.kind === Kind.SCALAR_TYPE_DEFINITION || d.kind === Kind.DIRECTIVE_DEFINITION ? [d.name.value] : [],
    );
    expect(offending).toEqual([]);
    // …and therefore does not build on its own without the prelude.
    expect(() => buildSchema(loadSchemaSDL())).toThrow(/AWSDateTime|aws_/);
  });

  it('uses only GraphQL and AWS scalars (AppSync allows no custom scalars)', () => {
    const scalars = Object.values(schema.getTypeMap())
      .filter((t) => isScalarType(t) && !t.name.startsWith('__'))
      .map((t) => t.name);
    for (const name of scalars) expect([...GRAPHQL_SCALARS, ...AWS_SCALARS]).toContain(name);
    // And the scalars the contract implies are actually used.
    for (const used of ['AWSDateTime', 'AWSJSON', 'AWSEmail', 'AWSPhone', 'AWSURL']) expect(scalars).toContain(used);
  });

  it('every subscription names existing mutations returning the same type', () => {
    const subscription = schema.getSubscriptionType()!;
    const mutations = schema.getMutationType()!.getFields();
    for (const field of Object.values(subscription.getFields())) {
      const directive = field.astNode?.directives?.find((d) => d.name.value === 'aws_subscribe');
      expect(directive, `${field.name} lacks @aws_subscribe`).toBeDefined();
      const arg = directive!.arguments?.find((a) => a.name.value === 'mutations');
      expect(arg?.value.kind).toBe(Kind.LIST);
      const names =
        arg!.value.kind === Kind.LIST ? arg!.value.values.map((v) => (v.kind === Kind.STRING ? v.value : '?')) : [];
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const mutation = mutations[name];
        expect(mutation, `${field.name} subscribes to unknown mutation ${name}`).toBeDefined();
        expect(getNamedType(mutation!.type).name, `${field.name} vs ${name}`).toBe(getNamedType(field.type).name);
      }
    }
  });
});
