// The twin's secrets and their versions, kept in one file under the data dir (mode 0600, written
// whole and renamed into place), so values survive restarts and never land anywhere else.
import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SecretVersion {
  versionId: string;
  secretString: string;
  /** epoch seconds */
  createdDate: number;
  stages: string[];
}

export interface StoredSecret {
  arn: string;
  name: string;
  description?: string;
  tags: Array<{ Key: string; Value: string }>;
  createdDate: number;
  lastChangedDate: number;
  versions: SecretVersion[];
}

export interface NewSecret {
  name: string;
  description?: string;
  tags: StoredSecret['tags'];
  secretString: string;
}

export interface SecretStore {
  find(secretId: string): StoredSecret | undefined;
  list(): StoredSecret[];
  create(input: NewSecret): Promise<StoredSecret>;
  /** a new AWSCURRENT version (the old one becomes AWSPREVIOUS); the same token and value is the same version */
  put(secret: StoredSecret, secretString: string, token?: string): Promise<SecretVersion | 'token-reused'>;
}

const now = () => Math.floor(Date.now() / 1000);
// Secrets Manager appends a hyphen and six random characters to the name in a secret's ARN.
const arnSuffix = () => randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 6);

export async function openSecretStore(dataDir: string, region: string, accountId: string): Promise<SecretStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'secrets.json');
  const secrets = JSON.parse(await readFile(file, 'utf8').catch(() => '[]')) as StoredSecret[];
  const save = async () => {
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    await chmod(temp, 0o600);
    await rename(temp, file);
  };
  const find = (secretId: string) => secrets.find((s) => s.name === secretId || s.arn === secretId);
  return {
    find,
    list: () => [...secrets],
    async create({ name, description, tags, secretString }) {
      const at = now();
      const secret: StoredSecret = {
        arn: `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-${arnSuffix()}`,
        name,
        ...(description ? { description } : {}),
        tags,
        createdDate: at,
        lastChangedDate: at,
        versions: [{ versionId: randomUUID(), secretString, createdDate: at, stages: ['AWSCURRENT'] }],
      };
      secrets.push(secret);
      await save();
      return secret;
    },
    async put(secret, secretString, token) {
      const existing = token ? secret.versions.find((v) => v.versionId === token) : undefined;
      if (existing) return existing.secretString === secretString ? existing : 'token-reused';
      for (const v of secret.versions) {
        v.stages = v.stages.filter((s) => s !== 'AWSPREVIOUS').map((s) => (s === 'AWSCURRENT' ? 'AWSPREVIOUS' : s));
      }
      const version = { versionId: token ?? randomUUID(), secretString, createdDate: now(), stages: ['AWSCURRENT'] };
      // only the current and the previous value are kept; older versions have no stage and go
      secret.versions = [...secret.versions.filter((v) => v.stages.length > 0), version];
      secret.lastChangedDate = version.createdDate;
      await save();
      return version;
    },
  };
}
