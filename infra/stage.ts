// Deployment stages: `dev` (the default: small and destroyable) and `prod` (deletion protection, data kept
// when it leaves the stack, search on three nodes in three Availability Zones). Chosen with `-c stage=…`;
// docs/deploy.md says what each costs.
import { RemovalPolicy } from 'aws-cdk-lib';

export const STAGE_NAMES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export interface SearchCapacity {
  /** default of the SearchInstanceType parameter (one of SEARCH_INSTANCE_TYPES) */
  readonly instanceType: string;
  /** data nodes: 1, or a multiple of `zones` */
  readonly dataNodes: number;
  /** Availability Zones the data nodes spread over: 1 (zone awareness off), 2 or 3 */
  readonly zones: 1 | 2 | 3;
  /** dedicated master nodes: 0 or 3 (docs/deploy.md says why prod has none by default) */
  readonly dedicatedMasters: 0 | 3;
  readonly volumeGiB: number;
}

export interface StageSettings {
  readonly name: StageName;
  /** deletion protection on the table and the user pool */
  readonly deletionProtection: boolean;
  /** table, user pool, buckets, queues, log groups and the search domain when they leave the stack */
  readonly removalPolicy: RemovalPolicy;
  readonly search: SearchCapacity;
}

export const STAGES: Readonly<Record<StageName, StageSettings>> = {
  dev: {
    name: 'dev',
    deletionProtection: false,
    removalPolicy: RemovalPolicy.DESTROY,
    search: { instanceType: 't3.small.search', dataNodes: 1, zones: 1, dedicatedMasters: 0, volumeGiB: 10 },
  },
  prod: {
    name: 'prod',
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    // Not T3 in production: burstable CPU credits run out under sustained search (OpenSearch Service
    // Developer Guide, "Operational best practices").
    search: { instanceType: 'm7g.large.search', dataNodes: 3, zones: 3, dedicatedMasters: 0, volumeGiB: 20 },
  },
};

export function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGE_NAMES as readonly string[]).includes(value);
}

/** The stage by name; anything else is an error that lists the stages. */
export function stageSettings(name: unknown = 'dev'): StageSettings {
  if (!isStageName(name)) throw new Error(`stage must be one of ${STAGE_NAMES.join(', ')}, got '${String(name)}'`);
  return STAGES[name];
}

/**
 * Data node types that encrypt at rest and take EBS volumes (OpenSearch Service Developer Guide, "Supported
 * instance types": T2, M3 and R3 cannot encrypt at rest; I3, R6GD, I4G and IM4GN have instance storage only).
 * Every one runs OpenSearch 2.19. Regional availability varies: UNVERIFIED against AWS per region.
 */
export const SEARCH_INSTANCE_TYPES = [
  't3.small.search',
  't3.medium.search',
  'm5.large.search',
  'm5.xlarge.search',
  'm6g.large.search',
  'm6g.xlarge.search',
  'm6g.2xlarge.search',
  'm7g.large.search',
  'm7g.xlarge.search',
  'm7g.2xlarge.search',
  'c6g.large.search',
  'c6g.xlarge.search',
  'c7g.large.search',
  'c7g.xlarge.search',
  'r5.large.search',
  'r5.xlarge.search',
  'r6g.large.search',
  'r6g.xlarge.search',
  'r6g.2xlarge.search',
  'r7g.large.search',
  'r7g.xlarge.search',
  'r7g.2xlarge.search',
] as const;

/** Checks a search capacity before synthesis: node counts the domain would refuse fail here, not after an hour. */
export function checkSearchCapacity(capacity: SearchCapacity): void {
  const { dataNodes, zones, dedicatedMasters, instanceType, volumeGiB } = capacity;
  if (!(SEARCH_INSTANCE_TYPES as readonly string[]).includes(instanceType))
    throw new Error(`search instance type ${instanceType} is not in SEARCH_INSTANCE_TYPES (encryption at rest + EBS)`);
  if (!Number.isInteger(dataNodes) || dataNodes < 1 || dataNodes > 30)
    throw new Error(`search data nodes must be a whole number from 1 to 30, got ${dataNodes}`);
  // Zone awareness spreads nodes evenly: a count the zones do not divide leaves one zone short.
  if (zones > 1 && dataNodes % zones !== 0)
    throw new Error(`${dataNodes} search data nodes cannot spread evenly over ${zones} Availability Zones`);
  if (dedicatedMasters !== 0 && dedicatedMasters !== 3)
    throw new Error(`dedicated master nodes must be 0 or 3, got ${String(dedicatedMasters)}`);
  if (!Number.isInteger(volumeGiB) || volumeGiB < 10) throw new Error(`search volume must be >= 10 GiB`);
}

/** Replica shards the data nodes can hold: one copy per other node, at most 2 (0 on one node, so it is green). */
export function searchReplicas(dataNodes: number): number {
  return Math.min(Math.max(dataNodes - 1, 0), 2);
}
