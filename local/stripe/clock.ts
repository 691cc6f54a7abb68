// The twin's time, injectable so tests can move it (automatic expiry at expires_at, key pruning).
export interface Clock {
  /** milliseconds since the epoch */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Unix seconds, as Stripe's `created` and `expires_at`. */
export function unixSeconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}
