// Before any twin starts: synthesize (or reuse cdk.out), check the --parameters overrides against the
// template (before anything is wiped), wipe the data on --reset, and load the local secrets (API keys,
// IAM key pair, users' passwords) the twins and the API share.
import { mkdir, rm } from 'node:fs/promises';
import { loadStackArtifact, parseParameterOverrides, resourcesOfType, type StackArtifact } from '../../stack/index.ts';
import { loadSecrets, type LocalSecrets } from '../secrets.ts';
import { ensureSynthesized } from '../synthesize.ts';

export interface PrepareOptions {
  root: string;
  dataDir: string;
  assemblyDir?: string;
  reset?: boolean;
  /** `Name=Value` overrides of the template's parameters */
  parameters?: readonly string[];
  progress(line: string): void;
}

/** A mistake in how npm start was called: printed without a stack trace. */
export class UsageError extends Error {}

export interface PreparedStack {
  artifact: StackArtifact;
  secrets: LocalSecrets;
  /** logical ids of the template's AppSync API keys */
  apiKeyIds: string[];
  /** the checked --parameters overrides */
  parameters: Record<string, string>;
}

export async function prepareStack(options: PrepareOptions): Promise<PreparedStack> {
  const { dataDir, progress } = options;
  progress('synthesizing the stack (cdk synth)');
  const synth = options.assemblyDir
    ? { assemblyDir: options.assemblyDir, reused: true }
    : await ensureSynthesized(options.root);
  progress(synth.reused ? 'reused cdk.out: no input changed since the last synth' : 'synthesized into cdk.out');
  const artifact = await loadStackArtifact(synth.assemblyDir);
  const overrides = parseParameterOverrides(artifact.template, options.parameters ?? []);
  if ('error' in overrides) throw new UsageError(overrides.error);
  if (options.reset) {
    await rm(dataDir, { recursive: true, force: true });
    progress(`reset: wiped ${dataDir}`);
  }
  await mkdir(dataDir, { recursive: true });
  const apiKeyIds = resourcesOfType(artifact.template, 'AWS::AppSync::ApiKey').map(([id]) => id);
  return { artifact, secrets: await loadSecrets(dataDir, apiKeyIds), apiKeyIds, parameters: overrides.values };
}
