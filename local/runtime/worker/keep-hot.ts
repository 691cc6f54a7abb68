// Adaptive spinning: after any activity the worker keeps its event loop turning for a moment, so
// the next message — or a data source's answer — is picked up without waking a sleeping process
// (bench/server: ~0.2 ms less per field at one request in flight). An idle worker does not spin.

export function createKeepHot(spinMs: number): () => void {
  let until = 0;
  let spinning = false;
  const spin = (): void => {
    if (performance.now() < until) setImmediate(spin);
    else spinning = false;
  };
  return () => {
    if (spinMs <= 0) return;
    until = performance.now() + spinMs;
    if (spinning) return;
    spinning = true;
    setImmediate(spin);
  };
}
