// outputs.local.json at the repository root: the client configuration contract.md describes, with
// exactly its keys.
import { writeFile } from 'node:fs/promises';
import type { LocalUser } from './secrets.ts';

export interface LocalOutputs {
  graphqlUrl: string;
  realtimeUrl: string;
  region: string;
  apiKey: string;
  userPoolId: string | null;
  userPoolClientId: string | null;
  cognitoEndpoint: string | null;
  iam: { accessKeyId: string; secretAccessKey: string };
  bucket: string | null;
  s3Endpoint: string | null;
  users: LocalUser[];
  /** the stack's Stripe webhook endpoint (a function URL), present when the stack takes payments */
  stripeWebhookUrl?: string;
}

export async function writeOutputs(file: string, outputs: LocalOutputs): Promise<void> {
  await writeFile(file, `${JSON.stringify(outputs, null, 2)}\n`, { mode: 0o600 });
}
