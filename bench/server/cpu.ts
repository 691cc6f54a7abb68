// CPU time of this process and its descendants (DynamoDB Local's JVM, the resolver sandbox workers)
// from /proc, so each row can say which process the time went to. Linux only; elsewhere, empty.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond = 0;
function clockTicks(): number {
  if (!ticksPerSecond) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone, or not Linux
  }
  return out;
}

interface ProcessCpu {
  /** what it is: "java", or the command line for anything else */
  command: string;
  ticks: number;
}

function cpuTicks(pid: number): ProcessCpu | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    const command = comm === 'java' ? 'java' : readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    // fields[0] is field 3 (state): utime is field 14, stime field 15
    return { command, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

export interface CpuSnapshot {
  at: number;
  main: NodeJS.CpuUsage;
  processes: Map<number, ProcessCpu>;
}

/** This process (exact, via process.cpuUsage) and every descendant except the excluded subtrees. */
export function cpuSnapshot(exclude: number[] = []): CpuSnapshot {
  const processes = new Map<number, ProcessCpu>();
  const walk = (pid: number) => {
    for (const child of childrenOf(pid)) {
      if (exclude.includes(child)) continue;
      const t = cpuTicks(child);
      if (t) processes.set(child, t);
      walk(child);
    }
  };
  walk(process.pid);
  return { at: performance.now(), main: process.cpuUsage(), processes };
}

/**
 * Percent of one core per process between two snapshots: `main` names this process, `names` the
 * children we know by pid; DynamoDB Local's JVM, cognito-local and the resolver sandbox workers are
 * told apart by their command lines.
 */
export function cpuBetween(
  a: CpuSnapshot,
  b: CpuSnapshot,
  main: string,
  names: Record<number, string> = {},
): Record<string, number> {
  const seconds = (b.at - a.at) / 1000;
  const usage: Record<string, number> = {
    [main]: ((b.main.user + b.main.system - a.main.user - a.main.system) / 1e6 / seconds) * 100,
  };
  for (const [pid, now] of b.processes) {
    const before = a.processes.get(pid)?.ticks ?? now.ticks;
    const group =
      names[pid] ??
      (now.command === 'java'
        ? 'DynamoDB Local'
        : /cognito/i.test(now.command)
          ? 'cognito-local'
          : /appsync-js-runtime|worker-/.test(now.command)
            ? 'sandbox workers'
            : 'other');
    usage[group] = (usage[group] ?? 0) + ((now.ticks - before) / clockTicks() / seconds) * 100;
  }
  for (const key of Object.keys(usage)) usage[key] = Math.round(usage[key] as number);
  return usage;
}
