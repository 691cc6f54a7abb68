// The search twin: one OpenSearch REST subset server (local/search) per AWS::OpenSearchService::Domain,
// on loopback over plain HTTP, checking SigV4 against the one local IAM key, and the documents kept under
// .data/search. The product index and its alias are not made here: the template's custom resource sets them
// up, run by the CustomResources twin exactly as a deploy runs it (custom-resources.ts).
import { PRODUCT_INDEX } from '../../../contracts/index.ts';
import { startSearchServer, type SearchServer } from '../../search/index.ts';
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

export const searchTwin = defineTwin<Domains, void>({
  name: 'Search',
  needed: hasDomain,
  start,
  // A new domain has no index, in the cloud too: the template's custom resource makes it.
  provision: async () => undefined,
  outputs(context, domains) {
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
      where.push(`OpenSearch (search twin)  ${server.endpoint}  domain ${name}, alias ${PRODUCT_INDEX}`);
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
