// Starts the listed twins the template needs: each one as soon as the twins it `needs` are up,
// so independent engines start in parallel. A twin whose engine restarts is provisioned again.
import type { StackArtifact } from '../../stack/index.ts';
import { emptyOutputs, mergeOutputs, type AnyTwin, type TwinContext, type TwinOutputs } from './twin.ts';

export interface StartedTwins {
  /** every twin's contribution, merged */
  outputs: TwinOutputs;
  /** stops them in reverse start order */
  stop(): Promise<void>;
}

type ContextFor = (twin: AnyTwin, upstream: TwinOutputs) => TwinContext;

interface Restartable {
  onRestart(listener: () => Promise<void>): void;
}

const restartable = (engine: unknown): engine is Restartable =>
  typeof (engine as Partial<Restartable> | null)?.onRestart === 'function';

/** Every need names a twin listed earlier, so starting in list order never waits on a later one. */
export function assertNeedsListedFirst(twins: readonly AnyTwin[]): void {
  twins.forEach((twin, index) => {
    const earlier = new Set(twins.slice(0, index).map((t) => t.name));
    for (const need of twin.needs ?? []) {
      if (!earlier.has(need)) throw new Error(`Twin ${twin.name} needs ${need}: list ${need} before it`);
    }
  });
}

export async function startTwins(
  list: readonly AnyTwin[],
  artifact: StackArtifact,
  base: TwinOutputs,
  contextFor: ContextFor,
): Promise<StartedTwins> {
  assertNeedsListedFirst(list);
  const twins = list.filter((t) => t.needed(artifact));
  const started: Array<() => Promise<void>> = [];
  const running = new Map<string, Promise<Partial<TwinOutputs>>>();
  const stop = async () => {
    for (const s of started.reverse()) await s().catch(() => undefined);
  };

  const startOne = async (twin: AnyTwin): Promise<Partial<TwinOutputs>> => {
    const needs = (twin.needs ?? []).flatMap((name) => running.get(name) ?? []);
    const upstream = mergeOutputs(emptyOutputs(), base);
    for (const part of await Promise.all(needs)) mergeOutputs(upstream, part);
    const context = contextFor(twin, upstream);
    const engine = await twin.start(context);
    started.push(() => twin.stop(engine));
    const provisioned = await twin.provision(context, engine);
    const kept: unknown = engine;
    if (restartable(kept)) kept.onRestart(async () => void (await twin.provision(context, engine)));
    return twin.outputs(context, engine, provisioned);
  };

  // Twins come before the twins that need them in the list, so `running` has every need in time.
  for (const twin of twins) running.set(twin.name, startOne(twin));
  try {
    const parts = await settleAll([...running.values()]);
    const outputs = emptyOutputs();
    for (const part of parts) mergeOutputs(outputs, part);
    return { outputs, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Like Promise.all, but waits for every start to finish before failing, so none is left running. */
async function settleAll<T>(promises: Array<Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}
