// Template assertions on ShopStack: what cdk-nag does not check (security-anchors §0 goal 2) and the
// wiring the local twin relies on. Synthesis runs with the cdk-nag plugin, as `cdk synth` does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Annotations, Match, type Template } from 'aws-cdk-lib/assertions';
import { RemovalPolicy, Duration } from 'aws-cdk-lib';
import type * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_ACTIONS } from '../../infra/constructs/shop-api.ts';
import { loadSchemaSDL } from '../../schema/load-schema.ts';
import { removeDir, tempDir, writeTree } from '../build/fixtures.ts';
import {
  allStatements,
  buildFixtureBundle,
  buildRealBundle,
  resourcesOfType,
  shopStack,
  synthShopStack,
  type Bundle,
  type Json,
  type Synth,
} from './support.ts';

let real: Bundle;
let fixture: Bundle;
let realSynth: Synth;
let fixtureSynth: Synth;
let template: Template;

beforeAll(async () => {
  [real, fixture] = await Promise.all([buildRealBundle(), buildFixtureBundle()]);
  realSynth = synthShopStack(real.dir);
  fixtureSynth = synthShopStack(fixture.dir);
  template = realSynth.template;
});

afterAll(() => {
  real?.cleanup();
  fixture?.cleanup();
});

const getAtt = (logicalId: string, attr: string) => ({ 'Fn::GetAtt': [logicalId, attr] });

function apiLogGroup(): [string, Json] {
  const [apiId] = only(template, 'AWS::AppSync::GraphQLApi');
  return only(template, 'AWS::Logs::LogGroup', {
    Properties: { LogGroupName: { 'Fn::Join': ['', ['/aws/appsync/apis/', getAtt(apiId, 'ApiId')]] } },
  });
}

function only(template: Template, type: string, props: Json = {}): [string, Json] {
  const found = Object.entries(template.findResources(type, props));
  expect(found, `exactly one ${type} matching ${JSON.stringify(props)}`).toHaveLength(1);
  return found[0]!;
}

describe('table', () => {
  it('has pk/sk string keys, pay-per-request billing, PITR, NEW_AND_OLD_IMAGES stream, TTL on expiresAt', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
    expect(template.findResources('AWS::DynamoDB::Table')).toSatisfy((r: Json) => Object.keys(r).length === 1);
  });

  it('has exactly four GSIs GSI1..GSI4 on gsiNpk/gsiNsk (S), projecting ALL', () => {
    const [, table] = only(template, 'AWS::DynamoDB::Table');
    const gsis = table['Properties']['GlobalSecondaryIndexes'];
    expect(gsis).toEqual(
      [1, 2, 3, 4].map((n) => ({
        IndexName: `GSI${n}`,
        KeySchema: [
          { AttributeName: `gsi${n}pk`, KeyType: 'HASH' },
          { AttributeName: `gsi${n}sk`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const attributes = table['Properties']['AttributeDefinitions'] as {
      AttributeName: string;
      AttributeType: string;
    }[];
    expect(attributes.map((a) => a.AttributeName).sort()).toEqual(
      ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk'].sort(),
    );
    expect(new Set(attributes.map((a) => a.AttributeType))).toEqual(new Set(['S']));
  });

  it('prod: encrypted with the AWS managed key, deletion-protected and retained', () => {
    const prod = synthShopStack(real.dir, { stage: 'prod' }).template;
    prod.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ SSESpecification: { SSEEnabled: true }, DeletionProtectionEnabled: true }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    prod.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
      DeletionPolicy: 'Retain',
    });
    const [, table] = only(template, 'AWS::DynamoDB::Table');
    // AWS managed (aws/dynamodb): no customer key, no explicit KMS type
    expect(table['Properties']['SSESpecification']).toEqual({ SSEEnabled: true });
  });

  it('dev, the default stage, is destroyable: no deletion protection, destroyed with the stack', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
      DeletionPolicy: 'Delete',
    });
    template.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }),
      DeletionPolicy: 'Delete',
    });
  });

  it('a prop overrides one setting of the stage: a dev stack with deletion protection', () => {
    const kept = synthShopStack(real.dir, { deletionProtection: true, removalPolicy: RemovalPolicy.RETAIN }).template;
    kept.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      DeletionPolicy: 'Retain',
    });
  });
});

describe('IAM', () => {
  const TABLE_ROLE =
    'gives the table data source a role with exactly the least-privilege actions on the table and its four GSIs';
  it(TABLE_ROLE, () => {
    const [, ds] = only(template, 'AWS::AppSync::DataSource', { Properties: { Name: 'table' } });
    expect(ds['Properties']['Type']).toBe('AMAZON_DYNAMODB');
    const roleId = ds['Properties']['ServiceRoleArn']['Fn::GetAtt'][0] as string;
    const role = template.toJSON()['Resources'][roleId];
    expect(role['Properties']['AssumeRolePolicyDocument']['Statement']).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'appsync.amazonaws.com' } },
    ]);
    expect(role['Properties']['ManagedPolicyArns']).toBeUndefined();
    // no policy resource adds anything to this role behind the inline one
    const attached = resourcesOfType(template, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p['Properties']['Roles']).includes(roleId),
    );
    expect(attached).toEqual([]);

    const [tableId] = only(template, 'AWS::DynamoDB::Table');
    const tableArn = getAtt(tableId, 'Arn');
    const indexArn = (n: number) => ({ 'Fn::Join': ['', [tableArn, `/index/GSI${n}`]] });
    const statements = (role['Properties']['Policies'] as Json[]).flatMap((p) => p['PolicyDocument']['Statement']);
    expect(statements).toEqual([
      { Sid: 'Items', Effect: 'Allow', Action: [...TABLE_ACTIONS], Resource: tableArn },
      { Sid: 'IndexQueries', Effect: 'Allow', Action: 'dynamodb:Query', Resource: [1, 2, 3, 4].map(indexArn) },
    ]);
    expect([...TABLE_ACTIONS].sort()).toEqual(
      [
        'dynamodb:BatchGetItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ].sort(),
    );
    expect(JSON.stringify(statements)).not.toContain('*');
    expect(JSON.stringify(statements)).not.toMatch(/Scan/);
  });

  const NO_WILDCARDS =
    'has no IAM statement with a wildcard principal, and no wildcard action or resource but ListStreams ' +
    "and a bucket's object keys";
  it(NO_WILDCARDS, () => {
    // dynamodb:ListStreams has no resource-level permission: its "*" is one exception (infra/nag.ts), once per
    // stream reader (order-events, catalog-changes). The search statements' path wildcards are under one domain
    // (test/infra/product-search.test.ts); the provider framework invokes the indexer's versions.
    const listStreams = { Action: 'dynamodb:ListStreams', Effect: 'Allow', Resource: '*' };
    const search = (s: Json) => /domain\/shopstack-products\/|"SearchDomain[0-9A-F]{8}","Arn"/.test(JSON.stringify(s));
    const invokeIndexer = (s: Json) => s['Action'] === 'lambda:InvokeFunction';
    // The other: objects under a bucket of this stack (`<bucket ARN>/*`, `/products/*`, `/images/*`), whose keys
    // are made at upload or delivery time.
    const buckets = new Set(resourcesOfType(template, 'AWS::S3::Bucket').map(([id]) => id));
    const objectKeys = (r: Json) =>
      buckets.has(r?.['Fn::Join']?.[1]?.[0]?.['Fn::GetAtt']?.[0]) &&
      r['Fn::Join'][1][0]['Fn::GetAtt'][1] === 'Arn' &&
      /^\/([a-z]+\/)?\*$/.test(r['Fn::Join'][1][1]);
    for (const t of [template, fixtureSynth.template]) {
      const statements = allStatements(t).filter((s) => !search(s));
      expect(statements.length).toBeGreaterThan(0);
      const wild = statements.filter((s) => !invokeIndexer(s) && JSON.stringify(s['Resource'] ?? null).includes('*'));
      // X-Ray's trace upload takes no resource either: one statement per traced function role (and the framework's).
      const xray = (s: Json) => JSON.stringify(s['Action']) === '["xray:PutTraceSegments","xray:PutTelemetryRecords"]';
      expect(wild.filter((s) => s['Resource'] === '*' && !xray(s))).toEqual([listStreams, listStreams]);
      expect(wild.filter((s) => s['Resource'] === '*' && xray(s))).toHaveLength(9);
      for (const s of wild.filter((x) => x['Resource'] !== '*'))
        for (const r of [s['Resource']].flat().filter((x: Json) => JSON.stringify(x).includes('*')))
          expect(objectKeys(r), JSON.stringify(s)).toBe(true);
      // The TLS-only bucket and queue policies deny everyone ("*") who calls without TLS (or below TLS 1.2 on
      // S3): denies, not grants.
      const tlsOnly = (s: Json) =>
        s['Effect'] === 'Deny' &&
        (s['Condition']?.['Bool']?.['aws:SecureTransport'] === 'false' ||
          s['Condition']?.['NumericLessThan']?.['s3:TlsVersion'] === 1.2);
      expect(statements.filter(tlsOnly).map((s) => s['Action'])).toEqual([
        's3:*',
        's3:*',
        's3:*',
        's3:*',
        'sqs:*',
        'sqs:*',
        'sns:Publish',
      ]);
      for (const s of statements.filter((x) => !tlsOnly(x))) {
        expect(JSON.stringify(s['Principal'] ?? null), JSON.stringify(s)).not.toContain('*');
        expect(s['NotPrincipal'], JSON.stringify(s)).toBeUndefined();
        expect(JSON.stringify(s['Action'] ?? null), JSON.stringify(s)).not.toContain('*');
        expect(s['NotAction'], JSON.stringify(s)).toBeUndefined();
      }
    }
  });

  it('uses no AWS managed policies', () => {
    for (const [, role] of resourcesOfType(template, 'AWS::IAM::Role'))
      expect(role['Properties']['ManagedPolicyArns']).toBeUndefined();
  });

  const ORDER_SERVICE_POLICY =
    'OrderServicePolicy grants appsync:GraphQL on exactly Mutation.updateOrderStatus and Query.order, ' +
    'attached to nobody';
  it(ORDER_SERVICE_POLICY, () => {
    const [, policy] = only(template, 'AWS::IAM::ManagedPolicy');
    const [apiId] = only(template, 'AWS::AppSync::GraphQLApi');
    const fieldArn = (type: string, field: string) => ({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':appsync:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':apis/',
          getAtt(apiId, 'ApiId'),
          `/types/${type}/fields/${field}`,
        ],
      ],
    });
    expect(policy['Properties']['PolicyDocument']['Statement']).toEqual([
      {
        Effect: 'Allow',
        Action: 'appsync:GraphQL',
        Resource: [fieldArn('Mutation', 'updateOrderStatus'), fieldArn('Query', 'order')],
      },
    ]);
    for (const key of ['Roles', 'Users', 'Groups']) expect(policy['Properties'][key]).toBeUndefined();
  });

  it('lets the logs role write only to the API log group', () => {
    const [, api] = only(template, 'AWS::AppSync::GraphQLApi');
    const roleId = api['Properties']['LogConfig']['CloudWatchLogsRoleArn']['Fn::GetAtt'][0] as string;
    const [logGroupId] = apiLogGroup();
    const policies = resourcesOfType(template, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p['Properties']['Roles']).includes(roleId),
    );
    expect(policies.flatMap(([, p]) => p['Properties']['PolicyDocument']['Statement'])).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: getAtt(logGroupId, 'Arn') },
    ]);
  });
});

describe('Cognito', () => {
  it('signs in by email with self sign-up, email verification and a strong password policy', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('has the admin group', () => {
    const [poolId] = only(template, 'AWS::Cognito::UserPool');
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'admin', UserPoolId: { Ref: poolId } });
  });

  const PUBLIC_APP_CLIENT =
    'has one public app client: no secret, USER_PASSWORD_AUTH + SRP + refresh, no OAuth, ' +
    'documented token validity';
  it(PUBLIC_APP_CLIENT, () => {
    const [, client] = only(template, 'AWS::Cognito::UserPoolClient');
    const p = client['Properties'];
    expect(p['GenerateSecret']).toBe(false);
    expect([...p['ExplicitAuthFlows']].sort()).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
    expect(p['AllowedOAuthFlows']).toBeUndefined();
    expect(p['AllowedOAuthFlowsUserPoolClient']).toBe(false);
    expect(p['PreventUserExistenceErrors']).toBe('ENABLED');
    expect(p['EnableTokenRevocation']).toBe(true);
    expect([p['AccessTokenValidity'], p['IdTokenValidity'], p['RefreshTokenValidity']]).toEqual([60, 60, 30 * 24 * 60]);
    expect(p['TokenValidityUnits']).toEqual({ AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' });
  });
});

describe('AppSync API', () => {
  it('defaults to the user pool (this client only) with API key and IAM as additional modes', () => {
    const [poolId] = only(template, 'AWS::Cognito::UserPool');
    const [clientId] = only(template, 'AWS::Cognito::UserPoolClient');
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      UserPoolConfig: {
        UserPoolId: { Ref: poolId },
        AppIdClientRegex: { Ref: clientId },
        AwsRegion: { Ref: 'AWS::Region' },
        DefaultAction: 'ALLOW',
      },
      AdditionalAuthenticationProviders: [{ AuthenticationType: 'API_KEY' }, { AuthenticationType: 'AWS_IAM' }],
    });
  });

  it('deploys schema/schema.graphql as is', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLSchema', { Definition: loadSchemaSDL() });
  });

  it('logs requests with field errors, without verbose content, into a log group with explicit retention', () => {
    const [apiId, api] = only(template, 'AWS::AppSync::GraphQLApi');
    expect(api['Properties']['LogConfig']).toEqual({
      CloudWatchLogsRoleArn: getAtt(expect.any(String) as unknown as string, 'Arn'),
      FieldLogLevel: 'ERROR',
      ExcludeVerboseContent: true,
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: { 'Fn::Join': ['', ['/aws/appsync/apis/', getAtt(apiId, 'ApiId')]] },
      RetentionInDays: 30,
    });
    // no CDK LogRetention custom resource (and its Lambda) in the stack: our own eight functions and the provider
    // framework that creates the search index at deploy are the only ones
    expect(template.findResources('Custom::LogRetention')).toEqual({});
    expect(Object.keys(template.findResources('AWS::Lambda::Function')).sort()).toEqual([
      expect.stringMatching(/^ApiKeyRenewalFunction/),
      expect.stringMatching(/^CatalogChangesFunction/),
      expect.stringMatching(/^ImagesObjects/),
      expect.stringMatching(/^ImagesUploads/),
      expect.stringMatching(/^OrderEventsFunction/),
      expect.stringMatching(/^PaymentsFunction/),
      expect.stringMatching(/^PaymentsUnpaidOrders/),
      expect.stringMatching(/^PaymentsWebhook/),
      expect.stringMatching(/^SearchIndexSetupframeworkonEvent/),
    ]);
  });

  it('traces with X-Ray and limits query depth to 10 and resolver invocations to 1000', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      XrayEnabled: true,
      QueryDepthLimit: 10,
      ResolverCountLimit: 1000,
    });
  });

  it('controls introspection with the Introspection parameter (ENABLED|DISABLED, default DISABLED)', () => {
    template.hasParameter('Introspection', {
      Type: 'String',
      AllowedValues: ['ENABLED', 'DISABLED'],
      Default: 'DISABLED',
    });
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', { IntrospectionConfig: { Ref: 'Introspection' } });
  });

  it('gives resolvers TABLE_NAME and CURRENCY', () => {
    const [tableId] = only(template, 'AWS::DynamoDB::Table');
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      EnvironmentVariables: { TABLE_NAME: { Ref: tableId }, CURRENCY: 'USD' },
    });
    synthShopStack(real.dir, { currency: 'EUR' }).template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      EnvironmentVariables: Match.objectLike({ CURRENCY: 'EUR' }),
    });
  });

  it('has one API key expiring 365 days after synthesis', () => {
    const [, key] = only(template, 'AWS::AppSync::ApiKey');
    const expires = key['Properties']['Expires'] as number;
    const expected = Date.now() / 1000 + 365 * 24 * 3600;
    expect(Math.abs(expires - expected)).toBeLessThan(600);
  });

  it('takes the API key validity as a prop and rejects one over 365 days', () => {
    const [, key] = only(
      synthShopStack(real.dir, { apiKeyValidity: Duration.days(30) }).template,
      'AWS::AppSync::ApiKey',
    );
    expect(Math.abs((key['Properties']['Expires'] as number) - (Date.now() / 1000 + 30 * 86400))).toBeLessThan(600);
    expect(() => shopStack(real.dir, { apiKeyValidity: Duration.days(366) })).toThrow(
      /apiKeyValidityDays must be a whole number from 1 to 365, got 366/,
    );
  });

  it('rotates the API key by renaming it: a new key resource', () => {
    const [oldId] = only(template, 'AWS::AppSync::ApiKey');
    const [newId, key] = only(synthShopStack(real.dir, { apiKeyName: 'Public2' }).template, 'AWS::AppSync::ApiKey');
    expect(newId).not.toBe(oldId);
    expect(key['Properties']['Description']).toContain('Anonymous shoppers');
  });

  it('has the table, none, media, imageStore, payments (Lambda) and search (OpenSearch) data sources', () => {
    const [tableId] = only(template, 'AWS::DynamoDB::Table');
    template.hasResourceProperties('AWS::AppSync::DataSource', {
      Name: 'table',
      Type: 'AMAZON_DYNAMODB',
      DynamoDBConfig: { TableName: { Ref: tableId }, AwsRegion: { Ref: 'AWS::Region' } },
    });
    template.hasResourceProperties('AWS::AppSync::DataSource', { Name: 'none', Type: 'NONE' });
    template.hasResourceProperties('AWS::AppSync::DataSource', { Name: 'media', Type: 'AWS_LAMBDA' });
    template.hasResourceProperties('AWS::AppSync::DataSource', { Name: 'imageStore', Type: 'AWS_LAMBDA' });
    template.hasResourceProperties('AWS::AppSync::DataSource', { Name: 'payments', Type: 'AWS_LAMBDA' });
    template.hasResourceProperties('AWS::AppSync::DataSource', { Name: 'search', Type: 'AMAZON_OPENSEARCH_SERVICE' });
    expect(template.findResources('AWS::AppSync::DataSource')).toSatisfy((r: Json) => Object.keys(r).length === 6);
  });
});

describe('resolvers', () => {
  function checkWiring(synth: Synth, bundle: Bundle) {
    const t = synth.template;
    const resources = t.toJSON()['Resources'] as Json;
    const resolvers = resourcesOfType(t, 'AWS::AppSync::Resolver');
    const functions = resourcesOfType(t, 'AWS::AppSync::FunctionConfiguration');
    expect(resolvers).toHaveLength(bundle.manifest.resolvers.length);
    expect(functions).toHaveLength(bundle.manifest.resolvers.reduce((n, r) => n + (r.functions?.length ?? 0), 0));

    const runtime = { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' };
    // the template's CodeS3Location names the asset whose bytes are exactly the manifest's bundle
    const expectCode = (construct: import('constructs').IConstruct, props: Json, file: string) => {
      const asset = construct.node.findChild('Code') as s3assets.Asset;
      expect(JSON.stringify(props['CodeS3Location'])).toContain(asset.s3ObjectKey);
      const staged = readFileSync(path.join(synth.app.outdir, asset.assetPath), 'utf8');
      expect(staged).toBe(readFileSync(path.join(bundle.dir, file), 'utf8'));
      expect(props['Code']).toBeUndefined();
    };

    for (const r of bundle.manifest.resolvers) {
      const key = `${r.typeName}.${r.fieldName}`;
      const [, resolver] = only(t, 'AWS::AppSync::Resolver', {
        Properties: { TypeName: r.typeName, FieldName: r.fieldName },
      });
      const p = resolver['Properties'];
      expect(p['Kind']).toBe(r.kind);
      expect(p['Runtime']).toEqual(runtime);
      expectCode(synth.stack.resolvers.resolvers.get(key)!, p, r.file);
      expect(resolver['Metadata']['aws:asset:property']).toBe('CodeS3Location');
      if (r.kind === 'UNIT') {
        expect(p['DataSourceName']).toBe(r.dataSource);
        expect(p['PipelineConfig']).toBeUndefined();
      } else {
        expect(p['DataSourceName']).toBeUndefined();
        const order = (p['PipelineConfig']['Functions'] as Json[]).map(
          (f) => resources[f['Fn::GetAtt'][0]]['Properties']['Name'],
        );
        expect(order).toEqual(r.functions!.map((f) => f.name));
        for (const f of r.functions!) {
          const [, fn] = only(t, 'AWS::AppSync::FunctionConfiguration', { Properties: { Name: f.name } });
          expect(fn['Properties']['DataSourceName']).toBe(f.dataSource);
          expect(fn['Properties']['Runtime']).toEqual(runtime);
          expectCode(synth.stack.resolvers.functions.get(f.name)!, fn['Properties'], f.file);
        }
      }
    }
  }

  it('wires every resolver of the fixture manifest: kind, data source, pipeline order, APPSYNC_JS 1.0.0, code', () => {
    expect(fixture.manifest.resolvers.length).toBe(4);
    checkWiring(fixtureSynth, fixture);
  });

  it('wires every resolver built from the real resolvers/ folder (possibly none yet)', () => {
    checkWiring(realSynth, real);
  });

  it('fails when the manifest names a data source the stack does not have', () => {
    const dir = writeTree(tempDir('manifest'), {
      'manifest.json': JSON.stringify({
        resolvers: [
          { typeName: 'Query', fieldName: 'searchProducts', kind: 'UNIT', dataSource: 'fulfilment', file: 'x.js' },
        ],
      }),
      'x.js': 'export function request() { return {}; } export function response(ctx) { return ctx.result; }\n',
    });
    try {
      expect(() => shopStack(dir)).toThrow(
        "resolver Query.searchProducts uses data source 'fulfilment', " +
          'which this stack does not define (it has: table, none, media, imageStore, payments, search)',
      );
    } finally {
      removeDir(dir);
    }
  });

  it('fails without a manifest, telling to run the build', () => {
    const dir = tempDir('empty');
    try {
      expect(() => shopStack(dir)).toThrow(/manifest\.json not found: run `npm run build` first/);
    } finally {
      removeDir(dir);
    }
  });
});

describe('outputs', () => {
  const OUTPUTS =
    'outputs GraphQL URL, realtime URL, region, API key, user pool, client, currency, table, ' +
    'OrderServicePolicy ARN, images bucket and CDN domain, Stripe webhook URL and secret ARNs';
  it(OUTPUTS, () => {
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'AlarmTopicArn',
        'ApiKey',
        'Currency',
        'DashboardName',
        'GraphqlUrl',
        'ImagesBucketName',
        'ImagesCdnDomain',
        'OrderServicePolicyArn',
        'RealtimeUrl',
        'Region',
        'SearchDomainName',
        'SearchEndpoint',
        'StripeSecretKeyArn',
        'StripeWebhookSecretArn',
        'StripeWebhookUrl',
        'TableName',
        'UserPoolClientId',
        'UserPoolId',
      ].sort(),
    );
    const [apiId] = only(template, 'AWS::AppSync::GraphQLApi');
    expect(outputs['GraphqlUrl']!['Value']).toEqual(getAtt(apiId, 'GraphQLUrl'));
    expect(outputs['RealtimeUrl']!['Value']).toEqual(getAtt(apiId, 'RealtimeUrl'));
    expect(outputs['Region']!['Value']).toEqual({ Ref: 'AWS::Region' });
    expect(outputs['Currency']!['Value']).toBe('USD');
  });

  it('outputs the currency the resolvers get, so a deployed app prices in it', () => {
    const eur = synthShopStack(real.dir, { currency: 'EUR' }).template;
    expect(eur.findOutputs('Currency')['Currency']!['Value']).toBe('EUR');
  });

  it('is environment-agnostic: no account, region or lookups baked in', () => {
    expect(realSynth.stack.account).toMatch(/^\$\{Token/);
    expect(realSynth.stack.region).toMatch(/^\$\{Token/);
    Annotations.fromStack(realSynth.stack).hasNoError('*', Match.anyValue());
    expect(JSON.stringify(template.toJSON())).not.toMatch(/:\d{12}:/);
  });
});
