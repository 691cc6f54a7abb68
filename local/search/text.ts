// Text matching as OpenSearch's standard analyzer and `fuzziness: AUTO` do it: the tokens, the edits AUTO
// allows a term, and the edit distance a dictionary term is checked with (text-index.ts).
// https://opensearch.org/docs/latest/query-dsl/full-text/match/
// (fuzziness AUTO: 0-2 characters exact, 3-5 one edit, more two)

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
