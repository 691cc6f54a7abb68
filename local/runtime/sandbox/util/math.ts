// util.math: rounding, min/max and random numbers (Math.random; not for anything needing entropy).

/** Nearest integer, halves rounded up (towards +∞) like java Math.round: 2.5 → 3, -2.5 → -2. */
export function roundNum(n: number): number {
  const rounded = Math.round(Number(n));
  return rounded === 0 ? 0 : rounded; // no -0
}

export function minVal(a: number, b: number): number {
  return Math.min(Number(a), Number(b));
}

export function maxVal(a: number, b: number): number {
  return Math.max(Number(a), Number(b));
}

/** A double in [0, 1). */
export function randomDouble(): number {
  return Math.random();
}

/** A random integer in [start, end], both inclusive; the bounds may come in either order. */
export function randomWithinRange(start: number, end: number): number {
  const low = Math.ceil(Math.min(Number(start), Number(end)));
  const high = Math.floor(Math.max(Number(start), Number(end)));
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
    throw new Error(
      'randomWithinRange needs two finite numbers with an integer between them, ' +
        `got ${String(start)} and ${String(end)}`,
    );
  }
  return low + Math.floor(Math.random() * (high - low + 1));
}
