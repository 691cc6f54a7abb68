// Wires the bundles from `npm run build` (dist/appsync/manifest.json) into the API: one AppSync
// function per pipeline step, one resolver per Type.field, all APPSYNC_JS 1.0.0 with Code.fromAsset.
// The build has already checked names, data sources, the schema binding and the code itself.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CfnResource } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { MANIFEST_FILE, type Manifest, type ManifestResolver } from '../../contracts/index.ts';

export interface AppSyncResolversProps {
  readonly api: appsync.IGraphqlApi;

  /** Data sources by the names resolver files use (`table`, `none`, …). */
  readonly dataSources: Readonly<Record<string, appsync.BaseDataSource>>;

  /** The build's out dir: holds manifest.json and the bundles it names (e.g. dist/appsync). */
  readonly bundleDir: string;
}

/** Reads and sanity-checks a manifest written by scripts/build-resolvers.ts. */
export function readManifest(bundleDir: string): Manifest {
  const file = path.join(bundleDir, MANIFEST_FILE);
  if (!existsSync(file)) {
    throw new Error(`${file} not found: run \`npm run build\` first (a failed build writes no manifest)`);
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (!manifest || !Array.isArray(manifest.resolvers)) {
    throw new Error(`${file} is not a resolver manifest (expected { resolvers: [...] }); run \`npm run build\``);
  }
  return manifest;
}

export class AppSyncResolvers extends Construct {
  public readonly manifest: Manifest;
  /** AppSync functions by name (`Mutation_checkout_01_loadCart`) */
  public readonly functions: ReadonlyMap<string, appsync.AppsyncFunction>;
  /** Resolvers by `Type.field` */
  public readonly resolvers: ReadonlyMap<string, appsync.Resolver>;

  constructor(scope: Construct, id: string, props: AppSyncResolversProps) {
    super(scope, id);
    const bundleDir = path.resolve(props.bundleDir);
    this.manifest = readManifest(bundleDir);
    const functions = new Map<string, appsync.AppsyncFunction>();
    const resolvers = new Map<string, appsync.Resolver>();

    const dataSource = (name: string, owner: string): appsync.BaseDataSource => {
      const ds = props.dataSources[name];
      if (!ds) {
        const known = Object.keys(props.dataSources).join(', ');
        throw new Error(`${owner} uses data source '${name}', which this stack does not define (it has: ${known})`);
      }
      return ds;
    };
    const code = (file: string, owner: string): appsync.Code => {
      const full = path.join(bundleDir, file);
      if (!existsSync(full)) throw new Error(`${owner}: bundle ${full} is missing; run \`npm run build\``);
      return appsync.Code.fromAsset(full);
    };

    for (const r of this.manifest.resolvers) {
      const key = `${r.typeName}.${r.fieldName}`;
      const pipeline = (r.functions ?? []).map((f) => {
        const fn = new appsync.AppsyncFunction(this, f.name, {
          api: props.api,
          name: f.name,
          dataSource: dataSource(f.dataSource, `function ${f.name}`),
          code: code(f.file, `function ${f.name}`),
          runtime: appsync.FunctionRuntime.JS_1_0_0,
        });
        markAsset(fn, 'CodeS3Location');
        functions.set(f.name, fn);
        return fn;
      });
      const resolver = new appsync.Resolver(this, key, {
        api: props.api,
        typeName: r.typeName,
        fieldName: r.fieldName,
        code: code(r.file, `resolver ${key}`),
        runtime: appsync.FunctionRuntime.JS_1_0_0,
        ...resolverKind(r, pipeline, (name) => dataSource(name, `resolver ${key}`)),
      });
      markAsset(resolver, 'CodeS3Location');
      resolvers.set(key, resolver);
    }
    this.functions = functions;
    this.resolvers = resolvers;
  }
}

function resolverKind(
  r: ManifestResolver,
  pipeline: appsync.AppsyncFunction[],
  dataSource: (name: string) => appsync.BaseDataSource,
): { dataSource: appsync.BaseDataSource } | { pipelineConfig: appsync.AppsyncFunction[] } {
  if (r.kind === 'PIPELINE') return { pipelineConfig: pipeline };
  if (!r.dataSource)
    throw new Error(`resolver ${r.typeName}.${r.fieldName}: a UNIT resolver needs a dataSource in the manifest`);
  return { dataSource: dataSource(r.dataSource) };
}

/**
 * Adds `aws:asset:path` / `aws:asset:property` metadata to the resource, as CDK does for Lambda code,
 * so the local twin (like `sam local`) can find the bundle for a CodeS3Location without S3.
 */
function markAsset(owner: Construct, property: string): void {
  const asset = owner.node.tryFindChild('Code');
  const resource = owner.node.defaultChild as CfnResource | undefined;
  if (asset instanceof s3assets.Asset && resource) asset.addResourceMetadata(resource, property);
}
