// The local server's one line per operation, parsed for the checkout mutation: which data-source
// calls it made and, when the server reports them, the capacity units they consumed.
// e.g. "… POST /graphql mutation Checkout [AMAZON_COGNITO_USER_POOLS] 200 9.1 ms — 3 data-source calls:
//       ShopTable:BatchGetItem 1.2 ms, ShopTable:BatchGetItem 1.9 ms, ShopTable:TransactWriteItems 3.0 ms"
// with an optional "; 4.5 RCU 13 WCU" suffix (added on another branch; absent → null).

export interface CheckoutLogLine {
  status: number;
  totalMs: number;
  calls: Array<{ dataSource: string; operation: string; ms: number; errorType: string | null }>;
  rcu: number | null;
  wcu: number | null;
}

/** Only our own operation name counts, so the cart fills logged in between are never mistaken for it. */
export const CHECKOUT_OPERATION = 'mutation Checkout ';

const number = (text: string, pattern: RegExp): number | null => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : null;
};

export function parseCheckoutLine(line: string): CheckoutLogLine | null {
  if (!line.includes(CHECKOUT_OPERATION)) return null;
  const head = /\] (\d{3}) (\d+(?:\.\d+)?) ms/.exec(line);
  const listed = / data-source calls?: (.*)$/.exec(line)?.[1] ?? '';
  // the capacity suffix, if any, follows the call list after a semicolon
  const callText = listed.split(';')[0] ?? '';
  const calls = callText
    .split(', ')
    .map((c) => /^([^:]+):(\S+) (\d+(?:\.\d+)?) ms(?: (\S+))?$/.exec(c.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ dataSource: m[1] ?? '', operation: m[2] ?? '', ms: Number(m[3]), errorType: m[4] ?? null }));
  return {
    status: Number(head?.[1] ?? 0),
    totalMs: Number(head?.[2] ?? Number.NaN),
    calls,
    rcu: number(line, /(\d+(?:\.\d+)?) RCU\b/),
    wcu: number(line, /(\d+(?:\.\d+)?) WCU\b/),
  };
}

/** Collects checkout lines from startShop's `log` between start() and take(); drops every other line. */
export function createCheckoutLog() {
  let lines: CheckoutLogLine[] = [];
  let total = 0;
  return {
    sink(line: string) {
      total += 1;
      const parsed = parseCheckoutLine(line);
      if (parsed) lines.push(parsed);
    },
    start() {
      lines = [];
    },
    take(): CheckoutLogLine[] {
      const taken = lines;
      lines = [];
      return taken;
    },
    /** the line may be written just after the answer is sent: wait a little for it */
    async next(timeoutMs = 2000): Promise<CheckoutLogLine | null> {
      const until = performance.now() + timeoutMs;
      while (lines.length === 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 5));
      return lines.shift() ?? null;
    },
    linesSeen: () => total,
  };
}

export type CheckoutLog = ReturnType<typeof createCheckoutLog>;
