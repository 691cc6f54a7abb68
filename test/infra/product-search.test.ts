// Product search in the stack: the OpenSearch domain's encryption, TLS, size parameters and access
// policy (exactly two roles), the `search` data source on its own least-privilege role, the indexer's
// (catalog-changes) OpenSearch permissions, the index set-up at deploy, and the outputs. Its stream mapping
// and whole policy: test/infra/catalog-changes.test.ts.
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_SOURCES, PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import { SEARCH_INSTANCE_TYPES } from '../../infra/stage.ts';
import { buildRealBundle, resourcesOfType, synthShopStack, type Bundle, type Json } from './support.ts';

let real: Bundle;
let template: Template;
let resources: Json;

beforeAll(async () => {
  real = await buildRealBundle();
  template = synthShopStack(real.dir).template;
  resources = template.toJSON()['Resources'];
});
afterAll(() => real?.cleanup());

const getAtt = (id: string, attr: string) => ({ 'Fn::GetAtt': [id, attr] });

function one(type: string, match: (r: Json) => boolean = () => true): [string, Json] {
  const found = resourcesOfType(template, type).filter(([, r]) => match(r));
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

const domain = () => one('AWS::OpenSearchService::Domain');
/** The function that writes the index: catalog-changes, the only one given the endpoint. */
const indexer = () =>
  one('AWS::Lambda::Function', (f) => f['Properties']['Environment']?.['Variables']?.['SEARCH_ENDPOINT']);
const dataSource = () => one('AWS::AppSync::DataSource', (d) => d['Properties']['Name'] === DATA_SOURCES.search);
const roleOf = (fn: Json) => fn['Properties']['Role']['Fn::GetAtt'][0] as string;
const domainArn = (rest: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':es:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:domain/shopstack-products${rest}`,
    ],
  ],
});
const httpsEndpoint = () => ({ 'Fn::Join': ['', ['https://', getAtt(domain()[0], 'DomainEndpoint')]] });

describe('the OpenSearch domain', () => {
  it('runs OpenSearch 2.19, encrypted at rest and node to node, HTTPS only with TLS 1.2 (PFS)', () => {
    const [, d] = domain();
    expect(d['Properties']).toMatchObject({
      DomainName: 'shopstack-products',
      EngineVersion: 'OpenSearch_2.19',
      EncryptionAtRestOptions: { Enabled: true },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
      EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 10 },
    });
    // dev, the default stage: destroyed with the stack; engine upgrades in place on every stage
    expect(d['DeletionPolicy']).toBe('Delete');
    expect(d['UpdatePolicy']).toEqual({ EnableVersionUpgrade: true });
  });

  it('dev: one node, no zone awareness, no dedicated masters; the type from SearchInstanceType', () => {
    const [, d] = domain();
    expect(d['Properties']['ClusterConfig']).toEqual({
      InstanceType: { Ref: 'SearchInstanceType' },
      InstanceCount: 1,
      DedicatedMasterEnabled: false,
      ZoneAwarenessEnabled: false,
      MultiAZWithStandbyEnabled: false,
    });
    expect(template.findParameters('*')['SearchInstanceCount']).toBeUndefined();
  });

  it('offers only instance types that encrypt at rest and take EBS volumes', () => {
    const param = template.findParameters('*')['SearchInstanceType']!;
    expect(param).toMatchObject({ Type: 'String', Default: 't3.small.search' });
    expect(param['AllowedValues']).toEqual([...SEARCH_INSTANCE_TYPES]);
    for (const type of param['AllowedValues'] as string[]) {
      // T2/M3/R3: no encryption at rest; I3/R6GD/I4G/IM4GN: instance storage, no EBS
      expect(type).not.toMatch(/^(t2|m3|r3|i2|i3|i4g|im4gn|r6gd)\./);
      expect(type).toMatch(/^[a-z0-9]+\.[a-z0-9]+\.search$/);
    }
  });

  it('prod: three data nodes across three zones, a replica on each other node, engine upgrades in place', () => {
    const prod = synthShopStack(real.dir, { stage: 'prod' }).template;
    const [, d] = Object.entries(prod.findResources('AWS::OpenSearchService::Domain'))[0]!;
    expect(d['Properties']['ClusterConfig']).toEqual({
      InstanceType: { Ref: 'SearchInstanceType' },
      InstanceCount: 3,
      DedicatedMasterEnabled: false,
      ZoneAwarenessEnabled: true,
      ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
      MultiAZWithStandbyEnabled: false,
    });
    expect(d['DeletionPolicy']).toBe('Retain');
    expect(d['UpdatePolicy']).toEqual({ EnableVersionUpgrade: true });
    expect(prod.findParameters('*')['SearchInstanceType']!['Default']).toBe('m7g.large.search');
    const [, index] = Object.entries(prod.findResources('Custom::ProductSearchIndex'))[0]!;
    expect(index['Properties']['Replicas']).toBe('2');
  });

  it('three dedicated masters when asked for, and refuses node counts the zones cannot split evenly', () => {
    const masters = synthShopStack(real.dir, { stage: 'prod', searchCapacity: { dedicatedMasters: 3 } }).template;
    const [, d] = Object.entries(masters.findResources('AWS::OpenSearchService::Domain'))[0]!;
    expect(d['Properties']['ClusterConfig']).toMatchObject({
      DedicatedMasterEnabled: true,
      DedicatedMasterCount: 3,
      DedicatedMasterType: 'm7g.large.search',
    });
    expect(() => synthShopStack(real.dir, { stage: 'prod', searchCapacity: { dataNodes: 4 } })).toThrow(
      /4 search data nodes cannot spread evenly over 3 Availability Zones/,
    );
    expect(() => synthShopStack(real.dir, { searchCapacity: { instanceType: 't2.small.search' } })).toThrow(
      /t2.small.search is not in SEARCH_INSTANCE_TYPES/,
    );
  });

  it('allows es:ESHttp* on this domain to exactly the indexer (catalog-changes) role and the data source role', () => {
    const [, d] = domain();
    const [, fn] = indexer();
    const [, ds] = dataSource();
    const dsRole = ds['Properties']['ServiceRoleArn']['Fn::GetAtt'][0] as string;
    expect(d['Properties']['AccessPolicies']).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: [getAtt(roleOf(fn), 'Arn'), getAtt(dsRole, 'Arn')] },
          Action: 'es:ESHttp*',
          Resource: domainArn('/*'),
        },
      ],
    });
  });

  it('publishes slow search, slow index and application logs to log groups with retention', () => {
    const [id, d] = domain();
    const options = d['Properties']['LogPublishingOptions'] as Record<string, Json>;
    expect(Object.keys(options).sort()).toEqual(['ES_APPLICATION_LOGS', 'INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS']);
    for (const option of Object.values(options)) {
      expect(option['Enabled']).toBe(true);
      const groupId = option['CloudWatchLogsLogGroupArn']['Fn::GetAtt'][0] as string;
      expect(resources[groupId]['Properties']['RetentionInDays']).toBe(30);
    }
    const [policyId, policy] = one('AWS::Logs::ResourcePolicy');
    expect(JSON.stringify(policy['Properties']['PolicyDocument'])).toContain('es.amazonaws.com');
    expect(d['DependsOn']).toContain(policyId);
    expect(id).toMatch(/^SearchDomain/);
  });
});

describe('the search data source', () => {
  it('is named search, points at the HTTPS endpoint, and may only GET/POST under the products index', () => {
    const [, ds] = dataSource();
    expect(ds['Properties']).toMatchObject({
      Type: 'AMAZON_OPENSEARCH_SERVICE',
      OpenSearchServiceConfig: { AwsRegion: { Ref: 'AWS::Region' }, Endpoint: httpsEndpoint() },
    });
    const roleId = ds['Properties']['ServiceRoleArn']['Fn::GetAtt'][0] as string;
    const role = resources[roleId];
    expect(role['Properties']['AssumeRolePolicyDocument']['Statement']).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'appsync.amazonaws.com' } },
    ]);
    expect(role['Properties']['ManagedPolicyArns']).toBeUndefined();
    expect(role['Properties']['Policies']).toBeUndefined();
    // one policy of its own, on the domain's Arn attribute (the same under any stack name)
    const attached = resourcesOfType(template, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p['Properties']['Roles']).includes(roleId),
    );
    expect(attached.flatMap(([, p]) => p['Properties']['PolicyDocument']['Statement'])).toEqual([
      {
        Effect: 'Allow',
        Action: ['es:ESHttpGet', 'es:ESHttpPost'],
        Resource: { 'Fn::Join': ['', [getAtt(domain()[0], 'Arn'), `/${PRODUCT_INDEX}/*`]] },
      },
    ]);
  });
});

describe('the indexer', () => {
  it('runs Node.js 22 on arm64 with the table name and the domain endpoint over HTTPS', () => {
    const [, fn] = indexer();
    const [tableId] = one('AWS::DynamoDB::Table');
    // five minutes: the index set-up at deploy may rebuild the index from the table
    expect(fn['Properties']).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Timeout: 300 });
    expect(fn['Properties']['Environment']['Variables']).toMatchObject({
      TABLE_NAME: { Ref: tableId },
      SEARCH_ENDPOINT: httpsEndpoint(),
    });
  });

  it('is catalog-changes, whose role may read and swap the alias, manage products-v*, POST /_bulk, only', () => {
    const [fnId, fn] = indexer();
    expect(fnId).toMatch(/^CatalogChangesFunction/);
    const roleId = roleOf(fn);
    const search = resourcesOfType(template, 'AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p['Properties']['Roles']).includes(roleId))
      .flatMap(([, p]) => p['Properties']['PolicyDocument']['Statement'] as Json[])
      .filter((s) => [s['Action']].flat().some((a: string) => a.startsWith('es:')));
    const arn = (rest: string) => ({ 'Fn::Join': ['', [getAtt(domain()[0], 'Arn'), rest]] });
    expect(search).toEqual([
      {
        Sid: 'ReadAlias',
        Effect: 'Allow',
        Action: ['es:ESHttpGet', 'es:ESHttpHead'],
        Resource: [arn(`/_alias/${PRODUCT_INDEX}`), arn(`/${PRODUCT_INDEX}`)],
      },
      { Sid: 'SwapAlias', Effect: 'Allow', Action: 'es:ESHttpPost', Resource: arn('/_aliases') },
      {
        Sid: 'ManageVersionedIndexes',
        Effect: 'Allow',
        Action: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'],
        Resource: [arn(`/${PRODUCT_INDEX}-v*`), arn(`/${PRODUCT_INDEX}-v*/*`)],
      },
      { Sid: 'WriteIndex', Effect: 'Allow', Action: 'es:ESHttpPost', Resource: domainArn('/_bulk') },
    ]);
    // Nothing of it reaches another index, nor DELETE/PUT the alias's own name (an index from before it).
    const resources = JSON.stringify(search.map((s) => s['Resource']));
    expect(resources).not.toMatch(/"\/\*"|products\/\*/);
  });

  it('sets up the products alias at deploy through the provider framework calling the indexer', () => {
    const [, index] = one('Custom::ProductSearchIndex');
    expect(index['Properties']).toMatchObject({
      Index: PRODUCT_INDEX,
      Endpoint: httpsEndpoint(),
      // the contract's mapping itself: a change runs Update, which adds fields or rebuilds and swaps
      Mapping: JSON.stringify(PRODUCT_INDEX_MAPPING),
      // one data node: no replica shard, so the cluster is green
      Replicas: '0',
    });
    const frameworkId = index['Properties']['ServiceToken']['Fn::GetAtt'][0] as string;
    const [fnId] = indexer();
    expect(JSON.stringify(resources[frameworkId]['Properties']['Environment'])).toContain(fnId);
  });
});

describe('outputs', () => {
  it('names the domain and its endpoint for search:reindex', () => {
    const outputs = template.findOutputs('*');
    expect(outputs['SearchDomainName']!['Value']).toBe(domain()[1]['Properties']['DomainName']);
    expect(outputs['SearchEndpoint']!['Value']).toEqual(httpsEndpoint());
  });
});
