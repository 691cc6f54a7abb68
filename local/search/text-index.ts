// The inverted index of the text fields: one term dictionary shared by the fields, per field a posting
// list per term (document number, term frequency) and each document's field length, for BM25. Fuzzy
// lookups scan the dictionary, skipping by length and by a bitmask of the letters a term holds before
// computing any edit distance, so a query term costs a pass over small typed arrays, not over documents.
// https://opensearch.org/docs/latest/query-dsl/full-text/match/ (fuzziness AUTO) and Lucene's BM25Similarity
import { grownInt32 } from './columns.ts';
import { autoFuzziness, editDistance, tokenize } from './text.ts';

/** A dictionary term within AUTO edits of a query term. */
export interface Expansion {
  termId: number;
  edits: number;
}

const K1 = 1.2;
const B = 0.75;

/** A 32-bit set of the characters in a term: letters and digits get their own bits (digits share six). */
function charMask(term: string): number {
  let mask = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    let bit: number;
    if (c >= 97 && c <= 122) bit = c - 97;
    else if (c >= 48 && c <= 57) bit = 26 + ((c - 48) % 6);
    else bit = Math.imul(c, 2654435761) >>> 27;
    mask |= 1 << bit;
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

class FieldPostings {
  /** termId → [doc, tf, doc, tf, …] in indexing order; replaced documents' entries are skipped by `live` */
  readonly lists: Array<number[] | undefined> = [];
  lengths = new Int32Array(0);
  /** total length over live documents, for the average */
  total = 0;
}

export class TextIndex {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private masks = new Int32Array(0);
  /** length in code points → term ids */
  private readonly byLength = new Map<number, number[]>();
  private readonly postings = new Map<string, FieldPostings>();

  constructor(readonly fields: readonly string[]) {
    for (const f of fields) this.postings.set(f, new FieldPostings());
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.termIds.set(term, id);
    this.terms.push(term);
    this.masks = grownInt32(this.masks, id + 1);
    this.masks[id] = charMask(term);
    const length = [...term].length;
    const bucket = this.byLength.get(length);
    if (bucket) bucket.push(id);
    else this.byLength.set(length, [id]);
    return id;
  }

  /** Indexes a document's text (a string, or the strings of an array, joined). */
  add(doc: number, texts: ReadonlyMap<string, string>): void {
    for (const [field, text] of texts) {
      const postings = this.postings.get(field);
      if (!postings) continue;
      const tokens = tokenize(text);
      postings.lengths = grownInt32(postings.lengths, doc + 1);
      postings.lengths[doc] = tokens.length;
      postings.total += tokens.length;
      const counts = new Map<string, number>();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const id = this.termId(term);
        const list = postings.lists[id];
        if (list) list.push(doc, tf);
        else postings.lists[id] = [doc, tf];
      }
    }
  }

  /** The document leaves the live set: only its length leaves the average; its postings are skipped. */
  remove(doc: number): void {
    for (const postings of this.postings.values()) {
      if (doc < postings.lengths.length) postings.total -= postings.lengths[doc] as number;
    }
  }

  /** Dictionary terms within AUTO edits of `term` (Damerau: a swap of neighbours is one edit, as Lucene). */
  expand(term: string): Expansion[] {
    const cap = autoFuzziness(term);
    const exact = this.termIds.get(term);
    if (cap === 0) return exact === undefined ? [] : [{ termId: exact, edits: 0 }];
    const out: Expansion[] = exact === undefined ? [] : [{ termId: exact, edits: 0 }];
    const mask = charMask(term);
    const length = [...term].length;
    for (let l = length - cap; l <= length + cap; l++) {
      for (const id of this.byLength.get(l) ?? []) {
        if (id === exact) continue;
        const other = this.masks[id] as number;
        // each character of one missing from the other costs at least one edit
        if (popcount(mask & ~other) > cap || popcount(other & ~mask) > cap) continue;
        const edits = editDistance(term, this.terms[id] as string, cap);
        if (edits <= cap) out.push({ termId: id, edits });
      }
    }
    return out;
  }

  /**
   * Adds one query term's BM25 score in one field (times `boost` and the fuzzy weight of each expansion)
   * to `scores`; a document matching several expansions counts its best. `seen`/`best` are scratch
   * arrays sized to the documents, `stamp` unique per call.
   */
  score(
    field: string,
    expansions: readonly Expansion[],
    weightOf: (edits: number) => number,
    boost: number,
    ctx: ScoreContext,
  ): void {
    const postings = this.postings.get(field);
    if (!postings || ctx.liveCount === 0) return;
    const avg = postings.total / ctx.liveCount || 1;
    const stamp = ++ctx.stamp;
    for (const { termId, edits } of expansions) {
      const list = postings.lists[termId];
      if (!list) continue;
      const df = Math.min(list.length / 2, ctx.liveCount);
      const idf = Math.log(1 + (ctx.liveCount - df + 0.5) / (df + 0.5));
      const factor = boost * idf * weightOf(edits);
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i] as number;
        if (ctx.live[doc] !== 1) continue;
        const tf = list[i + 1] as number;
        const norm = K1 * (1 - B + (B * (postings.lengths[doc] as number)) / avg);
        const s = (factor * tf * (K1 + 1)) / (tf + norm);
        if (ctx.seen[doc] !== stamp) {
          ctx.seen[doc] = stamp;
          ctx.best[doc] = s;
          ctx.scores[doc] = (ctx.scores[doc] as number) + s;
          if (ctx.matched[doc] === 0) {
            ctx.matched[doc] = 1;
            ctx.touched.push(doc);
          }
        } else if (s > (ctx.best[doc] as number)) {
          ctx.scores[doc] = (ctx.scores[doc] as number) + s - (ctx.best[doc] as number);
          ctx.best[doc] = s;
        }
      }
    }
  }
}

/** Scratch state of one text clause over `size` document numbers. */
export interface ScoreContext {
  live: Uint8Array;
  liveCount: number;
  scores: Float64Array;
  matched: Uint8Array;
  touched: number[];
  seen: Int32Array;
  best: Float64Array;
  stamp: number;
}

export function scoreContext(live: Uint8Array, liveCount: number, size: number): ScoreContext {
  return {
    live,
    liveCount,
    scores: new Float64Array(size),
    matched: new Uint8Array(size),
    touched: [],
    seen: new Int32Array(size),
    best: new Float64Array(size),
    stamp: 0,
  };
}
