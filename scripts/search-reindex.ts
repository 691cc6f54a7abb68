// `npm run search:reindex [-- --local | --domain <name> --table <name>] [--recreate] [--endpoint <url>]`: fills
// the product index (behind its alias) from the table; --recreate builds a new index and swaps the alias.
// The domain's endpoint comes from DescribeDomain (@aws-sdk/client-opensearch; locally
// AWS_ENDPOINT_URL_OPENSEARCH points the SDK at the search twin), unless --endpoint names it.
// Defaults from the environment: SEARCH_DOMAIN_NAME, SHOP_TABLE_NAME, SEARCH_ENDPOINT, AWS_REGION.
// `--local`: against a running `npm start`, whose .data/endpoints.json and outputs.local.json name it all.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { reindexProducts, searchClient } from '../functions/search-indexer/index.ts';

async function domainEndpoint(domain: string, region: string): Promise<string> {
  const client = new OpenSearchClient({ region });
  try {
    const { DomainStatus: status } = await client.send(new DescribeDomainCommand({ DomainName: domain }));
    const endpoint = status?.Endpoint ?? status?.Endpoints?.['vpc'];
    if (!endpoint) throw new Error(`domain ${domain} has no endpoint yet (Processing: ${String(status?.Processing)})`);
    // Endpoint is a host name in the cloud; a twin may answer a full URL (plain HTTP on loopback).
    if (/^https?:\/\//.test(endpoint)) return endpoint;
    // The local search twin answers on the same plain-HTTP loopback port the SDK was pointed at.
    const configured = process.env.AWS_ENDPOINT_URL_OPENSEARCH;
    return configured === `http://${endpoint}` ? configured : `https://${endpoint}`;
  } finally {
    client.destroy();
  }
}

interface LocalShop {
  sdkEnvironment: Record<string, string>;
  resources: Record<string, { type: string; name: string }>;
}

/** Points this process at `npm start`'s engines: their SDK endpoints, its one IAM key, its table and domain. */
function useLocalShop(): void {
  const root = join(import.meta.dirname, '..');
  const dataDir = process.env.SHOP_DATA_DIR ?? join(root, '.data');
  const file = join(dataDir, 'endpoints.json');
  if (!existsSync(file)) throw new Error(`${file} not found: start the shop first (npm start)`);
  const shop = JSON.parse(readFileSync(file, 'utf8')) as LocalShop;
  const outputs = JSON.parse(readFileSync(process.env.SHOP_OUTPUTS_FILE ?? join(root, 'outputs.local.json'), 'utf8'));
  const named = (type: string) => Object.values(shop.resources).find((r) => r.type === type)?.name;
  Object.assign(process.env, shop.sdkEnvironment, {
    AWS_REGION: outputs.region,
    AWS_ACCESS_KEY_ID: outputs.iam.accessKeyId,
    AWS_SECRET_ACCESS_KEY: outputs.iam.secretAccessKey,
    SHOP_TABLE_NAME: process.env.SHOP_TABLE_NAME ?? named('AWS::DynamoDB::Table'),
    SEARCH_DOMAIN_NAME: process.env.SEARCH_DOMAIN_NAME ?? named('AWS::OpenSearchService::Domain'),
  });
}

async function main(): Promise<void> {
  if (process.argv.includes('--local')) useLocalShop();
  const { values } = parseArgs({
    options: {
      local: { type: 'boolean', default: false },
      domain: { type: 'string', default: process.env.SEARCH_DOMAIN_NAME },
      table: { type: 'string', default: process.env.SHOP_TABLE_NAME },
      endpoint: { type: 'string', default: process.env.SEARCH_ENDPOINT },
      region: { type: 'string', default: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION },
      recreate: { type: 'boolean', default: false },
      chunk: { type: 'string', default: '200' },
    },
  });
  const { table, region } = values;
  if (!table) throw new Error('name the table: --table <name> or SHOP_TABLE_NAME (stack output TableName)');
  if (!region) throw new Error('name the region: --region or AWS_REGION');
  if (!values.endpoint && !values.domain)
    throw new Error('name the domain: --domain <name> or SEARCH_DOMAIN_NAME (stack output SearchDomainName)');
  const node = values.endpoint ?? (await domainEndpoint(values.domain!, region));
  const ddb = new DynamoDBClient({ region });
  const search = searchClient(node, region);
  try {
    console.log(`reindexing ${table} into ${node}${values.recreate ? ' (a new index, then the alias swapped)' : ''}`);
    const report = await reindexProducts({
      ddb,
      table,
      search,
      recreate: values.recreate,
      chunk: Number(values.chunk),
      progress: (done) => process.stdout.write(`\r${done} products`),
    });
    process.stdout.write('\n');
    console.log(
      `index ${report.index} (${report.concrete}); ${report.products} products: ${report.indexed} indexed, ` +
        `${report.conflicts} already newer, ${report.failed.size} failed, in ${(report.ms / 1000).toFixed(1)} s`,
    );
    for (const [id, why] of report.failed) console.error(`  ${id}: ${why}`);
    if (report.failed.size > 0) process.exitCode = 1;
  } finally {
    ddb.destroy();
    await search.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
