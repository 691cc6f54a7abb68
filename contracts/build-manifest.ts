// The build's output contract: dist/appsync/manifest.json, read by infra/ (and through the
// synthesized template, by local/). Paths are relative to the manifest's own directory.

import type { DataSourceName } from './data-sources.ts';

export const MANIFEST_FILE = 'manifest.json';

/** Defaults of `npm run build` (--resolvers, --out), relative to the repository root. */
export const DEFAULT_RESOLVERS_DIR = 'resolvers';
export const DEFAULT_OUT_DIR = 'dist/appsync';

export interface ManifestFunction {
  /** AppSync function name, `<Type>_<field>_<NN>_<step>` */
  name: string;
  dataSource: DataSourceName;
  /** bundle, relative to the out dir */
  file: string;
}

export interface ManifestResolver {
  typeName: string;
  fieldName: string;
  kind: 'UNIT' | 'PIPELINE';
  /** UNIT only */
  dataSource?: DataSourceName;
  /** the resolver's code (for a pipeline: the before/after step), relative to the out dir */
  file: string;
  /** PIPELINE only, in execution order */
  functions?: ManifestFunction[];
}

export interface Manifest {
  resolvers: ManifestResolver[];
}

export function compareResolvers(a: ManifestResolver, b: ManifestResolver): number {
  return a.typeName.localeCompare(b.typeName) || a.fieldName.localeCompare(b.fieldName);
}
