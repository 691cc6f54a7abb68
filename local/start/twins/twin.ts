// The twin set: each twin reads its resources from the template, starts its local engine and
// reports the values `Ref`/`Fn::GetAtt` should give. Adding a service (S3, search) means adding
// one module to the list in index.ts.
import type { StackArtifact } from '../../stack/index.ts';
import type { LocalSecrets } from '../secrets.ts';

export interface TwinContext {
  artifact: StackArtifact;
  /** this twin's own folder under .data/ (persists across restarts) */
  dataDir: string;
  secrets: LocalSecrets;
  region: string;
  accountId: string;
  progress(message: string): void;
}

export interface RunningTwin {
  name: string;
  /** logical id → Ref value */
  refs: Record<string, string>;
  /** `LogicalId.Attribute` → Fn::GetAtt value */
  attributes: Record<string, string>;
  /** lines for the "what is where" summary */
  where: string[];
  stop(): Promise<void>;
}

export interface Twin<T extends RunningTwin = RunningTwin> {
  name: string;
  /** whether the template has anything for this twin */
  needed(artifact: StackArtifact): boolean;
  start(context: TwinContext): Promise<T>;
}
