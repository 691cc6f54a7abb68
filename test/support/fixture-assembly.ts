// A small cloud assembly written by hand — an AppSync API with NONE and Lambda data sources,
// subscriptions with argument filters, enhanced filters and invalidation — to exercise the local
// server's generic parts (template reading, real-time semantics, Lambda) the shop does not use yet.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_SCHEMA = /* GraphQL */ `
  type Message @aws_api_key @aws_iam {
    id: ID!
    room: String!
    text: String!
    author: String
    priority: Int
  }
  type Query {
    hello(name: String!): String @aws_api_key
    failing: String @aws_api_key
  }
  type Mutation {
    sendMessage(room: String!, text: String!, author: String, priority: Int): Message @aws_api_key @aws_iam
    closeRoom(room: String!): Boolean @aws_api_key
  }
  type Subscription {
    onMessage(room: String): Message @aws_subscribe(mutations: ["sendMessage"]) @aws_api_key
    onUrgentMessage(room: String!): Message @aws_subscribe(mutations: ["sendMessage"]) @aws_api_key
    onPrivateMessage: Message @aws_subscribe(mutations: ["sendMessage"]) @aws_api_key
  }
`;

const CODE: Record<string, string> = {
  sendMessage: `import { util } from '@aws-appsync/utils';
export function request(ctx) { return { payload: { id: util.autoId(), ...ctx.args } }; }
export function response(ctx) { return ctx.result; }`,
  closeRoom:
    `import { extensions } from '@aws-appsync/utils';
export function request(ctx) { return { payload: null }; }
export function response(ctx) { ` +
    "extensions.invalidateSubscriptions({ subscriptionField: 'onMessage', payload: { room: ctx.args.room } }); " +
    'return true; }',
  onMessage:
    `import { util, extensions } from '@aws-appsync/utils';
export function request(ctx) { return { payload: null }; }
export function response(ctx) {
  if (ctx.args.room) ` +
    `extensions.setSubscriptionInvalidationFilter(util.transform.toSubscriptionFilter({ room: { eq: ctx.args.room } }));
  return null;
}`,
  onUrgentMessage:
    `import { util, extensions } from '@aws-appsync/utils';
export function request(ctx) { return { payload: null }; }
export function response(ctx) {
  extensions.setSubscriptionFilter(` +
    `util.transform.toSubscriptionFilter({ room: { eq: ctx.args.room }, priority: { ge: 5 } }));
  return null;
}`,
  onPrivateMessage: `import { util } from '@aws-appsync/utils';
export function request(ctx) { util.unauthorized(); }
export function response(ctx) { return null; }`,
  hello:
    `export function request(ctx) { return { operation: 'Invoke', payload: { name: ctx.args.name } }; }
export function response(ctx) { ` +
    "if (ctx.error) { return ctx.error.type + ': ' + ctx.error.message; } return ctx.result; }",
  failing: `export function request(ctx) { return { operation: 'Invoke', payload: { fail: true } }; }
export function response(ctx) { return ctx.error ? ctx.error.type + ': ' + ctx.error.message : 'no error'; }`,
};

const LAMBDA = `exports.handler = async (event) => {
  if (event.fail) throw new Error('the function failed on purpose');
  return process.env.GREETING + ', ' + event.name + ' (table ' + process.env.TABLE + ')';
};`;

const FIELDS: Array<[string, string, string]> = [
  ['Mutation', 'sendMessage', 'none'],
  ['Mutation', 'closeRoom', 'none'],
  ['Subscription', 'onMessage', 'none'],
  ['Subscription', 'onUrgentMessage', 'none'],
  ['Subscription', 'onPrivateMessage', 'none'],
  ['Query', 'hello', 'fn'],
  ['Query', 'failing', 'fn'],
];

export async function writeFixtureAssembly(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fixture-cdk-out-'));
  const api = { 'Fn::GetAtt': ['Api', 'ApiId'] };
  const resources: Record<string, unknown> = {
    Api: {
      Type: 'AWS::AppSync::GraphQLApi',
      Properties: {
        Name: 'fixture',
        AuthenticationType: 'API_KEY',
        AdditionalAuthenticationProviders: [{ AuthenticationType: 'AWS_IAM' }],
        IntrospectionConfig: 'ENABLED',
      },
    },
    Schema: { Type: 'AWS::AppSync::GraphQLSchema', Properties: { ApiId: api, Definition: FIXTURE_SCHEMA } },
    Key: { Type: 'AWS::AppSync::ApiKey', Properties: { ApiId: api, Expires: Math.floor(Date.now() / 1000) + 86400 } },
    NoneSource: { Type: 'AWS::AppSync::DataSource', Properties: { ApiId: api, Name: 'none', Type: 'NONE' } },
    FnSource: {
      Type: 'AWS::AppSync::DataSource',
      Properties: {
        ApiId: api,
        Name: 'fn',
        Type: 'AWS_LAMBDA',
        LambdaConfig: { LambdaFunctionArn: { 'Fn::GetAtt': ['Greeter', 'Arn'] } },
      },
    },
    Greeter: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Handler: 'index.handler',
        Runtime: 'nodejs20.x',
        Timeout: 3,
        Environment: { Variables: { GREETING: 'Hello', TABLE: { 'Fn::Sub': '${AWS::StackName}-table' } } },
      },
      Metadata: { 'aws:asset:path': 'asset.greeter', 'aws:asset:property': 'Code' },
    },
  };
  await mkdir(join(dir, 'asset.greeter'));
  await writeFile(join(dir, 'asset.greeter', 'index.js'), LAMBDA);
  for (const [type, field, source] of FIELDS) {
    const asset = `asset.${type}.${field}.js`;
    await writeFile(join(dir, asset), CODE[field] as string);
    resources[`${type}${field}Resolver`] = {
      Type: 'AWS::AppSync::Resolver',
      Properties: {
        ApiId: api,
        TypeName: type,
        FieldName: field,
        Kind: 'UNIT',
        DataSourceName: source,
        Runtime: { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' },
        CodeS3Location: `s3://assets/${asset}`,
      },
      Metadata: { 'aws:asset:path': asset, 'aws:asset:property': 'CodeS3Location' },
    };
  }
  await writeFile(join(dir, 'Fixture.template.json'), JSON.stringify({ Resources: resources }, null, 2));
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      version: '55.0.0',
      artifacts: {
        Fixture: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Fixture.template.json' } },
      },
    }),
  );
  return dir;
}
