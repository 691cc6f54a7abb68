// Pushes the public API key's expiry out to the furthest AppSync allows, and measures what is left: the
// expiry AppSync answers, in days, as a CloudWatch metric in the embedded metric format (a JSON log line
// that CloudWatch Logs turns into a metric: no cloudwatch:PutMetricData, which has no resource scope).
import { UpdateApiKeyCommand, type AppSyncClient } from '@aws-sdk/client-appsync';

const DAY_SECONDS = 86_400;
const HOUR_SECONDS = 3_600;

export const DAYS_LEFT_METRIC = 'ApiKeyDaysLeft';

/** Which key of which API (from the function's environment: the template names them). */
export interface KeyRef {
  apiId: string;
  apiKeyId: string;
}

export interface RenewalOptions {
  /**
   * Days from now to the new expiry. AppSync refuses more than 365 from the update (ApiKeyValidityOutOfBounds,
   * AppSync API Reference, UpdateApiKey); 364 leaves a day for a clock ahead of AWS's.
   */
  validityDays: number;
  /** CloudWatch namespace of the days-left metric */
  namespace: string;
  now: () => number;
  /** where the metric's log line goes (Lambda: stdout, which CloudWatch Logs reads) */
  write: (line: string) => void;
}

export interface Renewed extends KeyRef {
  /** epoch seconds, as AppSync answered */
  expires: number;
  daysLeft: number;
}

/** The new expiry: `days` from now, rounded down to the hour as AppSync stores it (ApiKey.expires). */
export function expiryAfter(nowMs: number, days: number): number {
  return Math.floor((nowMs / 1000 + days * DAY_SECONDS) / HOUR_SECONDS) * HOUR_SECONDS;
}

// https://<apiId>.appsync-api.<region>.amazonaws.com/graphql (AppSync Developer Guide, "GraphQL endpoints")
const APPSYNC_HOST = /^([a-z0-9]+)\.appsync-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

/** The API id from the API's GraphQL URL (the template gives the URL; npm start resolves it too). */
export function apiIdOf(graphqlUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(graphqlUrl).hostname;
  } catch {
    return undefined;
  }
  return APPSYNC_HOST.exec(host)?.[1];
}

/** One line of the embedded metric format (CloudWatch User Guide, "Embedded metric format specification"). */
export function daysLeftLine(renewed: Renewed, namespace: string, timestampMs: number): string {
  return JSON.stringify({
    _aws: {
      Timestamp: timestampMs,
      CloudWatchMetrics: [
        { Namespace: namespace, Dimensions: [['ApiId']], Metrics: [{ Name: DAYS_LEFT_METRIC, Unit: 'Count' }] },
      ],
    },
    ApiId: renewed.apiId,
    [DAYS_LEFT_METRIC]: renewed.daysLeft,
    expires: new Date(renewed.expires * 1000).toISOString(),
  });
}

/**
 * UpdateApiKey with the new expiry, then the metric. A refused update throws (the function's Errors alarm) and
 * writes no metric, so the days-left alarm, which treats missing data as breaching, fires as well.
 */
export async function renewApiKey(client: AppSyncClient, key: KeyRef, options: RenewalOptions): Promise<Renewed> {
  const started = options.now();
  const answer = await client.send(
    new UpdateApiKeyCommand({
      apiId: key.apiId,
      id: key.apiKeyId,
      expires: expiryAfter(started, options.validityDays),
    }),
  );
  const expires = answer.apiKey?.expires;
  if (typeof expires !== 'number') throw new Error(`UpdateApiKey answered no expiry for the key of ${key.apiId}`);
  const daysLeft = Math.floor(((expires - started / 1000) / DAY_SECONDS) * 100) / 100;
  const renewed: Renewed = { ...key, expires, daysLeft };
  options.write(daysLeftLine(renewed, options.namespace, started));
  return renewed;
}
