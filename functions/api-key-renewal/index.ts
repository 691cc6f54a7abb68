// The api-key-renewal function: an EventBridge schedule runs it (the event is EventBridge's Scheduled Event; the
// API and key come from the environment the template sets). It extends the public key's expiry so anonymous
// browsing never stops on the day a key lapses, and reports the days left as a metric the stack alarms on
// (infra/constructs/api-key-renewal.ts).
import { AppSyncClient } from '@aws-sdk/client-appsync';
import { apiIdOf, renewApiKey, type KeyRef, type Renewed } from './renew.ts';

export { DAYS_LEFT_METRIC, apiIdOf, daysLeftLine, expiryAfter, renewApiKey, type KeyRef } from './renew.ts';

let client: AppSyncClient | undefined;

function settings(): KeyRef & { validityDays: number } {
  const { API_ID: id, GRAPHQL_URL: url = '', API_KEY_ID: apiKeyId, VALIDITY_DAYS: days = '364' } = process.env;
  // The template gives API_ID; an AppSync GraphQL URL is read as the fallback.
  const apiId = id || apiIdOf(url);
  if (!apiId) throw new Error(`API_ID must be set (or GRAPHQL_URL be an AppSync GraphQL endpoint), got '${url}'`);
  if (!apiKeyId) throw new Error('API_KEY_ID must be set');
  const validityDays = Number(days);
  if (!Number.isInteger(validityDays) || validityDays < 2 || validityDays > 365)
    throw new Error(`VALIDITY_DAYS must be a whole number from 2 to 365, got '${days}'`);
  return { apiId, apiKeyId, validityDays };
}

export async function handler(): Promise<Renewed> {
  const { validityDays, ...key } = settings();
  // The SDK's own endpoint resolution (AWS_ENDPOINT_URL_APPSYNC in tests), region and credentials from Lambda.
  client ??= new AppSyncClient({});
  return renewApiKey(client, key, {
    validityDays,
    namespace: process.env.METRIC_NAMESPACE ?? 'ServerlessShop',
    now: Date.now,
    // Not console.log: Lambda's Node runtime prefixes its lines, and the embedded metric format needs bare JSON.
    write: (line) => void process.stdout.write(`${line}\n`),
  });
}

/** Drops the cached client (tests point the function at other endpoints between cases). */
export function resetClient(): void {
  client?.destroy();
  client = undefined;
}
