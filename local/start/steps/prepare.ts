// Before any twin starts: synthesize (or reuse cdk.out), wipe the data on --reset, and load the
// local secrets (API keys, IAM key pair, users' passwords) the twins and the API share.
import { mkdir, rm } from 'node:fs/promises';
import { resourcesOfType } from '../../stack/index.ts';
import { loadStackArtifact, type StackArtifact } from '../../stack/index.ts';
import { loadSecrets, type LocalSecrets } from '../secrets.ts';
import { ensureSynthesized } from '../synthesize.ts';

export interface PrepareOptions {
  root: string;
  dataDir: string;
  assemblyDir?: string;
  reset?: boolean;
  progress(line: string): void;
}

export interface PreparedStack {
  artifact: StackArtifact;
  secrets: LocalSecrets;
  /** logical ids of the template's AppSync API keys */
  apiKeyIds: string[];
}

export async function prepareStack(options: PrepareOptions): Promise<PreparedStack> {
  const { dataDir, progress } = options;
  progress('synthesizing the stack (cdk synth)');
  const synth = options.assemblyDir
    ? { assemblyDir: options.assemblyDir, reused: true }
    : await ensureSynthesized(options.root);
  progress(synth.reused ? 'reused cdk.out: no input changed since the last synth' : 'synthesized into cdk.out');
  if (options.reset) {
    await rm(dataDir, { recursive: true, force: true });
    progress(`reset: wiped ${dataDir}`);
  }
  await mkdir(dataDir, { recursive: true });
  const artifact = await loadStackArtifact(synth.assemblyDir);
  const apiKeyIds = resourcesOfType(artifact.template, 'AWS::AppSync::ApiKey').map(([id]) => id);
  return { artifact, secrets: await loadSecrets(dataDir, apiKeyIds), apiKeyIds };
}
