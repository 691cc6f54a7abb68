// The search twin module as npm start runs it, on a template with a domain and an AppSync OpenSearch
// data source: started with no index (the template's custom resource makes it, custom-resources.ts), its
// outputs resolving the data source's https:// endpoint to the twin's plain-HTTP one, and that data source
// writing and reading through the alias; a restart keeps both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRODUCT_INDEX } from '../../../contracts/index.ts';
import { createDataSource } from '../../datasources/index.ts';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../../local-aws.ts';
import { createResolver, type StackArtifact } from '../../stack/index.ts';
import { TWINS } from './index.ts';
import { domainNameOf, searchTwin } from './search.ts';
import { emptyOutputs, type TwinContext, type TwinOutputs } from './twin.ts';

const IAM = { accessKeyId: 'AKIALOCALTWINTEST001', secretAccessKey: 'twin-test-secret' };
const dataDir = mkdtempSync(join(tmpdir(), 'search-twin-module-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const artifact = {
  stackName: 'Shop',
  assemblyDir: dataDir,
  template: {
    Resources: {
      SearchDomainABC123: { Type: 'AWS::OpenSearchService::Domain', Properties: {} },
      SearchDataSource: {
        Type: 'AWS::AppSync::DataSource',
        Properties: {
          Name: 'search',
          Type: 'AMAZON_OPENSEARCH_SERVICE',
          OpenSearchServiceConfig: {
            AwsRegion: LOCAL_REGION,
            Endpoint: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': ['SearchDomainABC123', 'DomainEndpoint'] }]] },
          },
        },
      },
    },
  },
} as unknown as StackArtifact;

const context = {
  artifact,
  dataDir,
  secrets: { apiKeys: {}, iam: IAM, users: [] },
  region: LOCAL_REGION,
  accountId: LOCAL_ACCOUNT_ID,
  progress: () => undefined,
  log: () => undefined,
  fatal: (message: string) => {
    throw new Error(message);
  },
  upstream: emptyOutputs(),
} as unknown as TwinContext;

async function run(): Promise<{ outputs: Partial<TwinOutputs>; stop(): Promise<void> }> {
  const engine = await searchTwin.start(context as never);
  const provisioned = await searchTwin.provision(context as never, engine);
  return { outputs: searchTwin.outputs(context as never, engine, provisioned), stop: () => searchTwin.stop(engine) };
}

describe('the search twin module', () => {
  it('is listed after DynamoDB and before the Lambda twin, which needs it', () => {
    const names = TWINS.map((t) => t.name);
    expect(names.indexOf('Search')).toBeGreaterThan(names.indexOf('DynamoDB'));
    expect(names.indexOf('Search')).toBeLessThan(names.indexOf('Lambda'));
    expect(TWINS.find((t) => t.name === 'Lambda')?.needs).toContain('Search');
    expect(searchTwin.needed(artifact)).toBe(true);
    expect(searchTwin.needed({ ...artifact, template: { Resources: {} } })).toBe(false);
  });

  it('names the domain from the logical id when the template gives no DomainName', () => {
    expect(domainNameOf('SearchDomainABC123', undefined)).toBe('searchdomainabc123');
    expect(domainNameOf('X', undefined)).toBe('x00');
    expect(domainNameOf('1Domain'.repeat(6), undefined)).toHaveLength(28);
    expect(domainNameOf('Any', 'shop-products')).toBe('shop-products');
  });

  it('makes no index itself and wires the data source to it over plain HTTP', async () => {
    const first = await run();
    try {
      const { outputs } = first;
      const host = outputs.attributes?.['SearchDomainABC123.DomainEndpoint'] as string;
      expect(host).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(outputs.refs).toEqual({ SearchDomainABC123: 'searchdomainabc123' });
      expect(outputs.plainHttpHosts).toEqual([host]);
      expect(outputs.sdkEnvironment).toEqual({ AWS_ENDPOINT_URL_OPENSEARCH: `http://${host}` });
      expect(outputs.endpoints).toEqual({ search: `http://${host}` });
      expect(outputs.attributes?.['SearchDomainABC123.Arn']).toBe(
        `arn:aws:es:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:domain/searchdomainabc123`,
      );
      expect(outputs.where?.[0]).toContain(`alias ${PRODUCT_INDEX}`);

      const resolve = createResolver(artifact.template, {
        refs: outputs.refs ?? {},
        attributes: outputs.attributes ?? {},
        parameters: {},
        region: LOCAL_REGION,
        accountId: LOCAL_ACCOUNT_ID,
        stackName: 'Shop',
        plainHttpHosts: outputs.plainHttpHosts ?? [],
      });
      const props = artifact.template.Resources.SearchDataSource?.Properties;
      const endpoint = resolve(props?.OpenSearchServiceConfig.Endpoint) as string;
      expect(endpoint).toBe(`http://${host}`);
      const search = createDataSource(
        { name: 'search', type: 'AMAZON_OPENSEARCH_SERVICE', endpoint },
        { credentials: IAM },
      );
      const caller = {
        callerId: 'Query.searchProducts',
        info: { fieldName: 'searchProducts', parentTypeName: 'Query' },
      };
      const doc = { operation: 'PUT', path: `/${PRODUCT_INDEX}/_doc/p-1`, params: { body: { name: 'Desk lamp' } } };
      const missing = await search.invoke(doc, caller);
      expect(missing.error?.type ?? JSON.stringify(missing)).toContain('index_not_found_exception');
      const aliases = { [PRODUCT_INDEX]: {} };
      const created = await search.invoke(
        { operation: 'PUT', path: '/products-v1', params: { body: { aliases } } },
        caller,
      );
      expect(created.error).toBeUndefined();
      expect((await search.invoke(doc, caller)).error).toBeUndefined();
    } finally {
      await first.stop();
    }
    const second = await run();
    try {
      const host = second.outputs.attributes?.['SearchDomainABC123.DomainEndpoint'] as string;
      const search = createDataSource(
        { name: 'search', type: 'AMAZON_OPENSEARCH_SERVICE', endpoint: `http://${host}` },
        { credentials: IAM },
      );
      const caller = { callerId: 'Query.product', info: { fieldName: 'product', parentTypeName: 'Query' } };
      const got = await search.invoke({ operation: 'GET', path: `/${PRODUCT_INDEX}/_doc/p-1` }, caller);
      expect(got.result).toMatchObject({ found: true, _source: { name: 'Desk lamp' } });
    } finally {
      await second.stop();
    }
  });
});
