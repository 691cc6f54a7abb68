// Measurement helpers shared by the benchmarks: a fixed-duration loop after a warm-up, for
// synchronous work and for asynchronous work with N operations in flight.

export interface Rate {
  name: string;
  opsPerSecond: number;
  operations: number;
  seconds: number;
}

export function measureSync(name: string, fn: () => void, seconds = 2, warmupSeconds = 0.5): Rate {
  const until = (s: number) => performance.now() + s * 1000;
  for (const end = until(warmupSeconds); performance.now() < end;) fn();
  let operations = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i += 1) fn();
    operations += 100;
  }
  const elapsed = (performance.now() - started) / 1000;
  return { name, opsPerSecond: operations / elapsed, operations, seconds: elapsed };
}

export async function measureAsync(
  name: string,
  fn: () => Promise<unknown>,
  concurrency: number,
  seconds = 2,
  warmupSeconds = 0.5,
): Promise<Rate> {
  const runFor = async (s: number): Promise<number> => {
    const end = performance.now() + s * 1000;
    let count = 0;
    const lane = async () => {
      while (performance.now() < end) {
        await fn();
        count += 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return count;
  };
  await runFor(warmupSeconds);
  const started = performance.now();
  const operations = await runFor(seconds);
  const elapsed = (performance.now() - started) / 1000;
  return { name, opsPerSecond: operations / elapsed, operations, seconds: elapsed };
}

export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  const headers = Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => headers.map((h) => String(r[h])));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}
