// Sessions expire on their own at expires_at (docs.stripe.com/api/checkout/sessions/object#expires_at),
// sending checkout.session.expired. One timer aims at the soonest expires_at, capped at `checkMs` so
// a moved clock (a test's, or a laptop waking up) is noticed soon; it is re-aimed after each create.
import type { OperationContext } from './operation.ts';
import { expireDueSessions, nextExpiryMs } from './sessions.ts';

export interface ExpiryTimer {
  /** re-aims the timer (after a session was created, expired or paid) */
  changed(): void;
  stop(): void;
}

export const DEFAULT_EXPIRY_CHECK_MS = 30_000;

export function startExpiryTimer(context: () => OperationContext, checkMs: number): ExpiryTimer {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (stopped) return;
    const ctx = context();
    const next = nextExpiryMs(ctx);
    if (next === undefined) return;
    const wait = Math.max(0, Math.min(next - ctx.clock.now(), checkMs));
    timer = setTimeout(tick, wait);
    timer.unref();
  };
  const tick = () => {
    timer = undefined;
    const ctx = context();
    if (expireDueSessions(ctx) > 0) ctx.store.saveLater();
    arm();
  };
  tick();
  return {
    changed: arm,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
