// The door to the Secrets Manager twin: the template's secrets, created once with their first value
// (SecretString or GenerateSecretString) and kept under the data dir; a SigV4-checked JSON endpoint the
// functions reach through AWS_ENDPOINT_URL_SECRETS_MANAGER; `put` for what npm start provisions itself.
import type { SigV4Key } from '../aws/index.ts';
import { generateSecretString } from './generate.ts';
import { startSecretsServer } from './server.ts';
import { openSecretStore, type StoredSecret } from './store.ts';
import type { SecretDeclaration } from './template.ts';

export { secretDeclarations, type SecretDeclaration } from './template.ts';
export type { StoredSecret } from './store.ts';

export interface SecretsManagerOptions {
  dataDir: string;
  region: string;
  accountId: string;
  keys: readonly SigV4Key[];
  port?: number;
}

export interface RunningSecretsManager {
  url: string;
  /** creates each declared secret that does not exist yet; logical id → the secret */
  provision(declared: readonly SecretDeclaration[], stackName: string): Promise<Map<string, StoredSecret>>;
  /** the current value (what GetSecretValue answers) */
  value(secretId: string): string | undefined;
  /** a new current value, as `aws secretsmanager put-secret-value` sets it */
  put(secretId: string, secretString: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startSecretsManager(options: SecretsManagerOptions): Promise<RunningSecretsManager> {
  const store = await openSecretStore(options.dataDir, options.region, options.accountId);
  const server = await startSecretsServer({ store, region: options.region, keys: options.keys, port: options.port });
  // CloudFormation names an unnamed secret after its logical id; locally the stack name makes it unique.
  const nameOf = (stackName: string, d: SecretDeclaration) => d.name ?? `${d.logicalId}-${stackName}`;
  return {
    url: server.url,
    async provision(declared, stackName) {
      const out = new Map<string, StoredSecret>();
      for (const d of declared) {
        const name = nameOf(stackName, d);
        const secret =
          store.find(name) ??
          (await store.create({
            name,
            ...(d.description ? { description: d.description } : {}),
            tags: d.tags,
            secretString: d.secretString ?? generateSecretString(d.generate ?? {}),
          }));
        out.set(d.logicalId, secret);
      }
      return out;
    },
    value: (secretId) => store.find(secretId)?.versions.find((v) => v.stages.includes('AWSCURRENT'))?.secretString,
    async put(secretId, secretString) {
      const secret = store.find(secretId);
      if (!secret) throw new Error(`no secret ${secretId}`);
      await store.put(secret, secretString);
    },
    stop: server.stop,
  };
}
