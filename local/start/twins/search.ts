// The search twin: one OpenSearch REST subset server (local/search) per AWS::OpenSearchService::Domain,
// on loopback over plain HTTP, checking SigV4 against the one local IAM key, with the product index
// created as the cloud's deploy-time step does, and the documents kept under .data/search.
import { PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../../contracts/index.ts';
import { startSearchServer, type Mapping, type SearchServer } from '../../search/index.ts';
import { resourcesOfType, type StackArtifact } from '../../stack/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

const DOMAIN = 'AWS::OpenSearchService::Domain';

/** logical id → its domain's server */
type Domains = Map<string, { name: string; server: SearchServer }>;

const hasDomain = (artifact: StackArtifact) => resourcesOfType(artifact.template, DOMAIN).length > 0;

/** The DomainName property, or one made from the logical id as domain names must be: [a-z][a-z0-9-]{2,27}. */
export function domainNameOf(logicalId: string, property: unknown): string {
  if (typeof property === 'string' && property !== '') return property;
  const base = logicalId.toLowerCase().replace(/[^a-z0-9-]/g, '');
  const name = /^[a-z]/.test(base) ? base : `d${base}`;
  return name.padEnd(3, '0').slice(0, 28);
}

async function start(context: TwinContext): Promise<Domains> {
  const domains: Domains = new Map();
  try {
    for (const [id, resource] of resourcesOfType(context.artifact.template, DOMAIN)) {
      const name = domainNameOf(id, resource.Properties?.DomainName);
      const server = await startSearchServer({
        domainName: name,
        credentials: [context.secrets.iam],
        region: context.region,
        accountId: context.accountId,
        dataDir: domains.size === 0 ? context.dataDir : `${context.dataDir}/${name}`,
      });
      domains.set(id, { name, server });
    }
  } catch (err) {
    await Promise.all([...domains.values()].map((d) => d.server.close()));
    throw err;
  }
  return domains;
}

export const searchTwin = defineTwin<Domains, Map<string, boolean>>({
  name: 'Search',
  needed: hasDomain,
  start,
  // In the cloud a deploy-time step creates the index; here the twin does, once.
  async provision(_context, domains) {
    const mapping = JSON.parse(JSON.stringify(PRODUCT_INDEX_MAPPING)) as Mapping;
    return new Map([...domains].map(([id, d]) => [id, d.server.ensureIndex(PRODUCT_INDEX, mapping)]));
  },
  outputs(context, domains, created) {
    const refs: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    const where: string[] = [];
    const hosts: string[] = [];
    for (const [id, { name, server }] of domains) {
      refs[id] = name;
      attributes[`${id}.DomainEndpoint`] = server.host;
      attributes[`${id}.Arn`] = server.domainArn;
      attributes[`${id}.DomainArn`] = server.domainArn;
      attributes[`${id}.Id`] = `${context.accountId}/${name}`;
      hosts.push(server.host);
      const index = `${PRODUCT_INDEX}${created.get(id) ? ' (created)' : ''}`;
      where.push(`OpenSearch (search twin)  ${server.endpoint}  domain ${name}, index ${index}`);
    }
    const first = [...domains.values()][0];
    const endpoints: Record<string, string> = {};
    const sdkEnvironment: Record<string, string> = {};
    if (first) {
      endpoints.search = first.server.endpoint;
      sdkEnvironment.AWS_ENDPOINT_URL_OPENSEARCH = first.server.endpoint;
    }
    return { refs, attributes, where, plainHttpHosts: hosts, endpoints, sdkEnvironment };
  },
  stop: async (domains) => void (await Promise.all([...domains.values()].map((d) => d.server.close()))),
});
