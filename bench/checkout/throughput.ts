// Checkouts per second and latency at N concurrent shoppers. Carts are filled first (untimed), so
// the timed part is checkouts only: N lanes take the next shopper with a full cart until none is left.
import type { LocalOutputs } from '../../local/start/index.ts';
import { randomCart } from './catalog.ts';
import { percentile, fillCart, inParallel, type Shopper } from '../lib/index.ts';
import { checkout, errorSummary, type CheckoutOutcome } from './checkout.ts';
import type { CheckoutLog } from './request-log.ts';

export interface LevelResult {
  concurrency: number;
  checkouts: number;
  linesPerCart: number;
  seconds: number;
  checkoutsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: Record<string, number>;
  /** from the request log: mean data-source calls per checkout (retried transactions add calls) */
  meanCalls: number;
  inServerP50: number;
}

async function fillCarts(outputs: LocalOutputs, shoppers: Shopper[], lines: number): Promise<void> {
  await inParallel(shoppers, 8, (s) => fillCart(outputs, s, randomCart(lines)));
}

async function runLanes(outputs: LocalOutputs, shoppers: Shopper[], concurrency: number) {
  const outcomes: CheckoutOutcome[] = [];
  const started = performance.now();
  await inParallel(shoppers, concurrency, async (s) => {
    outcomes.push(await checkout(outputs, s));
  });
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}

/**
 * `checkouts` checkouts at `concurrency`, in rounds of at most `shoppers.length` (one cart per
 * shopper): fill the round's carts, then time its checkouts. Rates add the timed parts only.
 */
export async function measureLevel(
  outputs: LocalOutputs,
  shoppers: Shopper[],
  log: CheckoutLog,
  options: { concurrency: number; checkouts: number; lines: number },
): Promise<LevelResult> {
  const outcomes: CheckoutOutcome[] = [];
  let seconds = 0;
  log.start();
  for (let done = 0; done < options.checkouts; done += shoppers.length) {
    const round = shoppers.slice(0, Math.min(shoppers.length, options.checkouts - done));
    await fillCarts(outputs, round, options.lines);
    const timed = await runLanes(outputs, round, options.concurrency);
    outcomes.push(...timed.outcomes);
    seconds += timed.seconds;
  }
  await new Promise((r) => setTimeout(r, 50));
  const lines = log.take();
  const ms = outcomes.map((o) => o.ms);
  return {
    concurrency: options.concurrency,
    checkouts: outcomes.length,
    linesPerCart: options.lines,
    seconds,
    checkoutsPerSecond: outcomes.length / seconds,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: Math.max(...ms),
    errors: errorSummary(outcomes),
    meanCalls: lines.reduce((n, l) => n + l.calls.length, 0) / Math.max(1, lines.length),
    inServerP50: percentile(
      lines.map((l) => l.totalMs),
      50,
    ),
  };
}
