// BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of this process (which is our server) during exactly
// our samples, one file per connection count, for Chrome DevTools or `summarizeProfile` below.
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function createProfiler(dir: string) {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))),
    );
  let ready: Promise<unknown> | undefined;
  return {
    async start(): Promise<void> {
      ready ??= post('Profiler.enable').then(() => post('Profiler.setSamplingInterval', { interval: 200 }));
      await ready;
      await post('Profiler.start');
    },
    async stop(name: string): Promise<{ file: string; profile: CpuProfile }> {
      const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${name}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      return { file, profile };
    },
    close: () => session.disconnect(),
  };
}

/**
 * Where the busy (non-idle) samples went: grouped by the nearest JavaScript frame's package or
 * repository folder (so native work such as JSON, hashing or socket writes counts for whoever called
 * it), plus the top functions by self time. Percentages are of the busy time.
 */
export function summarizeProfile(
  profile: CpuProfile,
  root: string,
): { busyMs: number; groups: Array<[string, number]>; functions: Array<[string, number]> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  const groupOfSample = (id: number): string => {
    const own = (byId.get(id) as ProfileNode).callFrame.functionName;
    if (own === '(garbage collector)' || own === '(program)') return own;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const url = (byId.get(cur) as ProfileNode).callFrame.url;
      if (url) return groupOf(url, root);
    }
    return `(native) ${own}`;
  };
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const { url, functionName, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    if (functionName === '(idle)') return;
    busy += us;
    const group = groupOfSample(id);
    groups.set(group, (groups.get(group) ?? 0) + us);
    const file = url.replace(`file://${root}`, '').replace(/^.*node_modules\//, '');
    const fn = `${functionName || '(anonymous)'} ${url ? `${file}:${lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { busyMs: busy / 1000, groups: sorted(groups), functions: sorted(functions).slice(0, 40) };
}

function groupOf(url: string, root: string): string {
  if (url.startsWith('node:')) {
    const mod = url.slice(5);
    return `node: ${mod.startsWith('internal/') ? mod.split('/').slice(0, 2).join('/') : mod}`;
  }
  const path = url.replace('file://', '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `npm ${pkg[1]}`;
  if (path.startsWith(root)) return path.slice(root.length).split('/').slice(0, 3).join('/');
  return path;
}
