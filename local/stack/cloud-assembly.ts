// Reads a stack out of a cloud assembly (`cdk.out`): its template and where its assets are.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TemplateParameter {
  Type: string;
  Default?: string;
  AllowedValues?: string[];
  AllowedPattern?: string;
  MinValue?: number | string;
  MaxValue?: number | string;
  MinLength?: number | string;
  MaxLength?: number | string;
}

export interface Template {
  Parameters?: Record<string, TemplateParameter>;
  Resources: Record<string, TemplateResource>;
  Outputs?: Record<string, { Value: unknown; Description?: string }>;
}

/** CloudFormation's resource properties: open-ended JSON, read field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any resource type's properties
export type TemplateJson = Record<string, any>;

export interface TemplateResource {
  Type: string;
  Properties?: TemplateJson;
  Metadata?: TemplateJson;
  DependsOn?: string | string[];
}

export interface StackArtifact {
  stackName: string;
  template: Template;
  /** the cloud assembly directory; asset paths in resource metadata are relative to it */
  assemblyDir: string;
}

interface AssemblyManifest {
  artifacts?: Record<string, { type: string; properties?: { templateFile?: string } }>;
}

export async function loadStackArtifact(assemblyDir: string, stackName?: string): Promise<StackArtifact> {
  const manifest = JSON.parse(await readFile(join(assemblyDir, 'manifest.json'), 'utf8')) as AssemblyManifest;
  const stacks = Object.entries(manifest.artifacts ?? {}).filter(([, a]) => a.type === 'aws:cloudformation:stack');
  const chosen = stackName ? stacks.find(([name]) => name === stackName) : stacks[0];
  if (!chosen)
    throw new Error(
      `No stack ${stackName ?? ''} in ${assemblyDir} (found: ${stacks.map(([n]) => n).join(', ') || 'none'})`,
    );
  const [name, artifact] = chosen;
  const templateFile = artifact.properties?.templateFile ?? `${name}.template.json`;
  const template = JSON.parse(await readFile(join(assemblyDir, templateFile), 'utf8')) as Template;
  return { stackName: name, template, assemblyDir };
}

/** The local file behind a resource's asset property (e.g. an AppSync function's CodeS3Location). */
export function assetFile(artifact: StackArtifact, resource: TemplateResource): string | undefined {
  const path = resource.Metadata?.['aws:asset:path'];
  return typeof path === 'string' ? join(artifact.assemblyDir, path) : undefined;
}

export function resourcesOfType(template: Template, type: string): Array<[string, TemplateResource]> {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}
