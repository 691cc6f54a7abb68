// Text matching as OpenSearch's standard analyzer and `fuzziness: AUTO` do it, for what Orama cannot
// say exactly: Orama finds fuzzy candidates (and prefixes, which OpenSearch's match never does), so
// each candidate is checked here against the real edit distance.
// https://opensearch.org/docs/latest/query-dsl/full-text/match/ (fuzziness AUTO: 0-2 chars exact, 3-5 one edit, more two)

/** Lower-cased words, as the standard analyzer splits them (Unicode letters and digits). */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The edits AUTO allows for a term of this length. */
export function autoFuzziness(term: string): number {
  const n = [...term].length;
  return n <= 2 ? 0 : n <= 5 ? 1 : 2;
}

/** Damerau-Levenshtein (optimal string alignment) distance, capped: Lucene counts a transposition as one edit. */
export function editDistance(a: string, b: string, cap: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= y.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return Math.min((rows[x.length] as number[])[y.length] as number, cap + 1);
}

/**
 * What to ask Orama for one query term: the term within its AUTO edits and, when AUTO allows one edit,
 * each adjacent swap of it exactly. Orama's tolerance is Levenshtein, where a transposition costs two
 * edits, while Lucene's fuzzy query counts it as one (`transpositions: true` by default), so `lmap`
 * must find `lamp`. Longer terms (AUTO = 2) already reach one transposition within Orama's tolerance.
 * https://opensearch.org/docs/latest/query-dsl/full-text/match/ (fuzzy_transpositions)
 */
export function candidateTerms(term: string): Array<{ term: string; tolerance: number }> {
  const tolerance = autoFuzziness(term);
  const out = [{ term, tolerance }];
  if (tolerance !== 1) return out;
  const chars = [...term];
  const seen = new Set([term]);
  for (let i = 0; i + 1 < chars.length; i++) {
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
    const variant = swapped.join('');
    if (!seen.has(variant)) out.push({ term: variant, tolerance: 0 });
    seen.add(variant);
  }
  return out;
}

/** The fewest edits between `term` and any of `tokens` within AUTO, or undefined when none is close enough. */
export function closestEdits(term: string, tokens: Iterable<string>): number | undefined {
  const cap = autoFuzziness(term);
  let best: number | undefined;
  for (const token of tokens) {
    const d = token === term ? 0 : editDistance(term, token, cap);
    if (d <= cap && (best === undefined || d < best)) best = d;
    if (best === 0) break;
  }
  return best;
}
