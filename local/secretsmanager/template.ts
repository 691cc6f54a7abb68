// The template's secrets (AWS::SecretsManager::Secret), read into plain values: name, description,
// tags and how the first value is made (SecretString, or GenerateSecretString).
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secret.html
import { resourcesOfType, type Resolve, type Template } from '../stack/index.ts';
import type { GenerateSpec } from './generate.ts';

export interface SecretDeclaration {
  logicalId: string;
  /** absent: CloudFormation names it after the logical id */
  name?: string;
  description?: string;
  tags: Array<{ Key: string; Value: string }>;
  secretString?: string;
  generate?: GenerateSpec;
}

export function secretDeclarations(template: Template, resolve: Resolve): SecretDeclaration[] {
  return resourcesOfType(template, 'AWS::SecretsManager::Secret').map(([logicalId, resource]) => {
    const p = resolve(resource.Properties ?? {}) as Record<string, unknown>;
    const generate = p.GenerateSecretString as GenerateSpec | undefined;
    return {
      logicalId,
      ...(typeof p.Name === 'string' ? { name: p.Name } : {}),
      ...(typeof p.Description === 'string' ? { description: p.Description } : {}),
      tags: ((p.Tags ?? []) as Array<{ Key: string; Value: string }>).map(({ Key, Value }) => ({ Key, Value })),
      ...(typeof p.SecretString === 'string' ? { secretString: p.SecretString } : {}),
      ...(generate ? { generate } : {}),
    };
  });
}
